using System.Net;
using LegalReview.SampleHost.Data;
using LegalReview.SampleHost.Security;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.SampleHost.Tests;

/// <summary>Sign-in throttling and lockout, sessions bound to the security stamp, password and user management, drafting units bound to users.</summary>
public sealed class AccountTests
{
    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password) =>
        HostClient.PostFormAsync(client, "/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = user, ["Input.Password"] = password });

    [Test]
    public async Task WrongPasswords_LockTheAccount_EvenAgainstTheRightPasswordAfterwards()
    {
        using var factory = new SampleHostFactory();
        await factory.EnsureUserAsync("审核员丙", Roles.Reviewer);
        var client = HostClient.Anonymous(factory);
        for (var i = 0; i < UserStore.MaxFailedSignIns; i++)
        {
            using var wrong = await SignInAsync(client, "审核员丙", "wrong-password-" + i);
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var right = await SignInAsync(client, "审核员丙", SampleHostFactory.UserPassword);
        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK), "no redirect: the account is locked");
        Assert.That(await right.Content.ReadAsStringAsync(), Does.Contain("暂时锁定"));
    }

    [Test]
    public async Task SignInPage_IsThrottledPerAddress()
    {
        using var factory = new SampleHostFactory(settings: new Dictionary<string, string> { ["SampleHost:SignInsPerMinute"] = "3" });
        var client = HostClient.Anonymous(factory);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var page = await client.GetAsync("/Account/Login");
            statuses.Add(page.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
    }

    [Test]
    public async Task SignOut_EndsTheUsersOtherSessions_AndARoleChangeTakesEffectAtOnce()
    {
        using var factory = new SampleHostFactory();
        await factory.EnsureUserAsync("审核员丁", Roles.Reviewer);
        var first = await HostClient.SignedInAsync(factory, "审核员丁", SampleHostFactory.UserPassword);
        var second = await HostClient.SignedInAsync(factory, "审核员丁", SampleHostFactory.UserPassword);
        using (var ok = await second.GetAsync("/Tracking/Statistics"))
        {
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using (var signOut = await HostClient.PostFormAsync(first, "/Cases", [], "/Account/Logout"))
        {
            Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }

        using (var old = await second.GetAsync("/Tracking/Statistics"))
        {
            Assert.That(old.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "a cookie issued before the sign-out no longer signs in");
            Assert.That(old.Headers.Location!.OriginalString, Does.Contain("/Account/Login"));
        }

        var reviewer = await HostClient.SignedInAsync(factory, "审核员丁", SampleHostFactory.UserPassword);
        var users = factory.Services.GetRequiredService<UserStore>();
        await users.SetRoleAsync((await users.FindByNameAsync("审核员丁"))!.Id, Roles.Drafter);
        using var demoted = await reviewer.GetAsync("/Tracking/Statistics");
        Assert.That(demoted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(demoted.Headers.Location!.OriginalString, Does.Contain("/Account/Login"), "the old role is gone without waiting for the cookie to expire");
    }

    [Test]
    public async Task OwnPasswordChange_AndAdministratorsResetAndDisable()
    {
        using var factory = new SampleHostFactory();
        await factory.EnsureUserAsync("起草员", Roles.Drafter);
        var user = await HostClient.SignedInAsync(factory, "起草员", SampleHostFactory.UserPassword);

        using (var wrong = await HostClient.PostFormAsync(user, "/Account/Password", new Dictionary<string, string>
        {
            ["Input.Current"] = "not-my-password", ["Input.New"] = "New-pass-2025", ["Input.Confirm"] = "New-pass-2025",
        }))
        {
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("当前密码不正确"));
        }

        using (var changed = await HostClient.PostFormAsync(user, "/Account/Password", new Dictionary<string, string>
        {
            ["Input.Current"] = SampleHostFactory.UserPassword, ["Input.New"] = "New-pass-2025", ["Input.Confirm"] = "New-pass-2025",
        }))
        {
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }

        using (var old = await SignInAsync(HostClient.Anonymous(factory), "起草员", SampleHostFactory.UserPassword))
        {
            Assert.That(old.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the old password no longer signs in");
        }

        await HostClient.SignedInAsync(factory, "起草员", "New-pass-2025");

        var admin = await HostClient.SignedInAsync(factory, SampleHostFactory.AdminName, SampleHostFactory.AdminPassword);
        var id = (await factory.Services.GetRequiredService<UserStore>().FindByNameAsync("起草员"))!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using (var reset = await HostClient.PostFormAsync(admin, "/Admin/Users", new Dictionary<string, string> { ["userId"] = id, ["password"] = "Reset-pass-2025" }, "/Admin/Users?handler=ResetPassword"))
        {
            Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }

        var again = await HostClient.SignedInAsync(factory, "起草员", "Reset-pass-2025");
        var key = await factory.ApiKeyAsync("起草员", Roles.Drafter);
        using (var disable = await HostClient.PostFormAsync(admin, "/Admin/Users", new Dictionary<string, string> { ["userId"] = id, ["disabled"] = "true" }, "/Admin/Users?handler=SetDisabled"))
        {
            Assert.That(disable.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }

        using (var refused = await SignInAsync(HostClient.Anonymous(factory), "起草员", "Reset-pass-2025"))
        {
            Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("已停用"));
        }

        using (var session = await again.GetAsync("/Cases"))
        {
            Assert.That(session.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the disabled user's session ends");
        }

        using var api = await HostClient.WithApiKey(factory, key).GetAsync("/api/reviews/1");
        Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "and its API key stops working");
    }

    [Test]
    public async Task DraftingUserBoundToAUnit_AlwaysSubmitsForIt_AndAFreeUnitIsBounded()
    {
        using var factory = new SampleHostFactory();
        var users = factory.Services.GetRequiredService<UserStore>();
        await users.CreateAsync("教育局经办人", Roles.Drafter, SampleHostFactory.UserPassword, unit: "晋江市教育局");
        var bound = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("教育局经办人", Roles.Drafter));
        var draft = await File.ReadAllBytesAsync(HostClient.SeedDraft);
        using (var submitted = await bound.PostAsync("/api/reviews", HostClient.Upload(draft, "草案.docx", new Dictionary<string, string> { ["unit"] = "国务院" })))
        {
            Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            var id = long.Parse(submitted.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.That((await factory.Services.GetRequiredService<CaseStore>().GetAsync(id))!.Unit, Is.EqualTo("晋江市教育局"));
        }

        var page = await HostClient.SignedInAsync(factory, "教育局经办人", SampleHostFactory.UserPassword);
        Assert.That(await page.GetStringAsync("/Cases/Submit"), Does.Contain("value=\"晋江市教育局\" readonly"));

        var free = HostClient.WithApiKey(factory, await factory.ApiKeyAsync("自由填写", Roles.Drafter));
        using var tooLong = await free.PostAsync("/api/reviews", HostClient.Upload(draft, "草案.docx", new Dictionary<string, string> { ["unit"] = new string('局', 5000) }));
        Assert.That(tooLong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await tooLong.Content.ReadAsStringAsync(), Does.Contain("起草单位名称不超过"));
    }
}
