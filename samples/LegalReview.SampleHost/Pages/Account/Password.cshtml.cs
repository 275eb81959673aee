using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LegalReview.SampleHost.Data;
using LegalReview.SampleHost.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.SampleHost.Pages.Account;

/// <summary>Changing one's own password: the current one is asked for, and other sessions end.</summary>
[Authorize(Roles = Roles.CaseReaders)]
public sealed class PasswordModel(UserStore users) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var check = await users.VerifyPasswordAsync(User.Identity!.Name!, Input.Current, cancellationToken);
        if (check.User is not { } user)
        {
            ModelState.AddModelError("Input.Current", check.Outcome == SignInOutcome.LockedOut ? "密码连续输错次数过多，账户已暂时锁定。" : "当前密码不正确。");
            return Page();
        }

        try
        {
            await users.SetPasswordAsync(user, Input.New, cancellationToken);
        }
        catch (UserStoreException ex)
        {
            ModelState.AddModelError("Input.New", ex.Message);
            return Page();
        }

        // The new stamp ends every session, this one included: sign in again with the new stamp.
        var fresh = await users.FindByIdAsync(user.Id, cancellationToken);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(UserClaims.Identity(fresh!, CookieAuthenticationDefaults.AuthenticationScheme)));
        Notice = "密码已修改；其他设备上的登录已失效。";
        return RedirectToPage("/Cases/Index");
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "请输入当前密码。")]
        [Display(Name = "当前密码")]
        public string Current { get; set; } = string.Empty;

        [Required(ErrorMessage = "请输入新密码。")]
        [StringLength(200, MinimumLength = UserStore.MinimumPasswordLength, ErrorMessage = "新密码不得少于 8 个字符。")]
        [Display(Name = "新密码")]
        public string New { get; set; } = string.Empty;

        [Required(ErrorMessage = "请再次输入新密码。")]
        [System.ComponentModel.DataAnnotations.Compare(nameof(New), ErrorMessage = "两次输入的新密码不一致。")]
        [Display(Name = "确认新密码")]
        public string Confirm { get; set; } = string.Empty;
    }
}
