using System.ComponentModel.DataAnnotations;
using LegalReview.SampleHost.Data;
using LegalReview.SampleHost.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.SampleHost.Pages.Admin;

[Authorize(Roles = Roles.Admin)]
public sealed class UsersModel(UserStore users) : PageModel
{
    public IReadOnlyList<AppUser> Users { get; private set; } = [];

    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public string? IssuedKey { get; private set; }

    public string? IssuedKeyUser { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Users = await users.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var user = await users.CreateAsync(Input.Name, Input.Role, Input.Password, cancellationToken, Input.Unit);
                Notice = $"已创建用户“{user.Name}”（{user.Role}）。";
                return RedirectToPage();
            }
            catch (UserStoreException ex)
            {
                ModelState.AddModelError(string.Empty, ex.Message);
            }
        }

        Users = await users.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostIssueKeyAsync(long userId, CancellationToken cancellationToken)
    {
        // The create form is not part of this post; its empty fields must not fail validation here.
        ModelState.Clear();
        try
        {
            IssuedKey = await users.IssueApiKeyAsync(userId, cancellationToken);
            IssuedKeyUser = (await users.ListAsync(cancellationToken)).First(u => u.Id == userId).Name;
        }
        catch (UserStoreException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
        }

        Users = await users.ListAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostResetPasswordAsync(long userId, string? password, CancellationToken cancellationToken) =>
        ActAsync(userId, async user =>
        {
            await users.SetPasswordAsync(user, password ?? string.Empty, cancellationToken);
            return $"已重置“{user.Name}”的密码，其原有登录已失效。";
        }, cancellationToken);

    public Task<IActionResult> OnPostSetDisabledAsync(long userId, bool disabled, CancellationToken cancellationToken) =>
        ActAsync(userId, async user =>
        {
            if (disabled && string.Equals(user.Name, User.Identity?.Name, StringComparison.OrdinalIgnoreCase))
            {
                throw new UserStoreException("不能停用当前登录的管理员账户。");
            }

            await users.SetDisabledAsync(user.Id, disabled, cancellationToken);
            return disabled ? $"已停用“{user.Name}”：不能再登录，原有登录和 API 密钥即时失效。" : $"已启用“{user.Name}”。";
        }, cancellationToken);

    public Task<IActionResult> OnPostSetRoleAsync(long userId, string? role, CancellationToken cancellationToken) =>
        ActAsync(userId, async user =>
        {
            await users.SetRoleAsync(user.Id, role ?? string.Empty, cancellationToken);
            return $"已将“{user.Name}”的角色改为{role}，即时生效。";
        }, cancellationToken);

    public Task<IActionResult> OnPostSetUnitAsync(long userId, string? unit, CancellationToken cancellationToken) =>
        ActAsync(userId, async user =>
        {
            await users.SetUnitAsync(user.Id, unit, cancellationToken);
            return string.IsNullOrWhiteSpace(unit) ? $"已解除“{user.Name}”的单位绑定。" : $"已将“{user.Name}”绑定到“{unit.Trim()}”。";
        }, cancellationToken);

    private async Task<IActionResult> ActAsync(long userId, Func<AppUser, Task<string>> action, CancellationToken cancellationToken)
    {
        // The create form is not part of these posts; its empty fields must not fail validation here.
        ModelState.Clear();
        try
        {
            var user = await users.FindByIdAsync(userId, cancellationToken) ?? throw new UserStoreException("用户不存在。");
            Notice = await action(user);
            return RedirectToPage();
        }
        catch (UserStoreException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
        }

        Users = await users.ListAsync(cancellationToken);
        return Page();
    }

    public sealed class NewUserInput
    {
        [StringLength(100, ErrorMessage = "单位名称不超过 100 个字符。")]
        [Display(Name = "所属单位（起草单位账户必填）")]
        public string? Unit { get; set; }

        [Required(ErrorMessage = "请输入用户名。")]
        [StringLength(64, ErrorMessage = "用户名不超过 64 个字符。")]
        [Display(Name = "用户名")]
        public string Name { get; set; } = string.Empty;

        [Required(ErrorMessage = "请选择角色。")]
        [Display(Name = "角色")]
        public string Role { get; set; } = Roles.Drafter;

        [Required(ErrorMessage = "请输入初始密码。")]
        [StringLength(200, MinimumLength = UserStore.MinimumPasswordLength, ErrorMessage = "初始密码不得少于 8 个字符。")]
        [Display(Name = "初始密码")]
        public string Password { get; set; } = string.Empty;
    }
}
