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

[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RequestLimits.SignInPolicy)]
public sealed class LoginModel(UserStore users) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var check = await users.VerifyPasswordAsync(Input.UserName, Input.Password, cancellationToken);
        if (check.User is not { } user)
        {
            ModelState.AddModelError(string.Empty, check.Outcome switch
            {
                SignInOutcome.LockedOut => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"密码连续输错次数过多，该账户已暂时锁定，请 {UserStore.LockoutDuration.TotalMinutes:0} 分钟后再试。"),
                SignInOutcome.Disabled => "该账户已停用，请联系系统管理员。",
                _ => "用户名或密码不正确。",
            });
            return Page();
        }

        var identity = UserClaims.Identity(user, CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        // Only local return addresses: an open redirect would let a phishing link borrow our sign-in page.
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Index");
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "请输入用户名。")]
        [Display(Name = "用户名")]
        public string UserName { get; set; } = string.Empty;

        [Required(ErrorMessage = "请输入密码。")]
        [Display(Name = "密码")]
        public string Password { get; set; } = string.Empty;
    }
}
