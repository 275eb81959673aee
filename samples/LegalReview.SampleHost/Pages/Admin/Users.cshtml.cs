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
                var user = await users.CreateAsync(Input.Name, Input.Role, Input.Password, cancellationToken);
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

    public sealed class NewUserInput
    {
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
