using System.Net;
using LegalReview.SampleHost.Data;
using LegalReview.SampleHost.Security;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.SampleHost.Tests;

public sealed class CreateAdminCommandTests
{
    [Test]
    public async Task CreateAdmin_ReadsThePasswordFromStdin_AndTheAdminCanSignIn()
    {
        using var factory = new SampleHostFactory();
        _ = factory.Server;
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", "第二管理员"], new StringReader("Second-admin-2024\n"), output, error);
        Assert.That(code, Is.EqualTo(0), error.ToString());
        Assert.That(output.ToString(), Does.Contain("已创建管理员"));
        var user = await factory.Services.GetRequiredService<UserStore>().FindByNameAsync("第二管理员");
        Assert.That(user!.Role, Is.EqualTo(Roles.Admin));
        Assert.That(user.PasswordHash, Does.Not.Contain("Second-admin-2024"));

        var client = await HostClient.SignedInAsync(factory, "第二管理员", "Second-admin-2024");
        using var page = await client.GetAsync("/Admin/Users");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var tooShort = await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", "第三管理员"], new StringReader("short\n"), output, error);
        Assert.That(tooShort, Is.EqualTo(1));
        Assert.That(error.ToString(), Does.Contain("密码不得少于 8 个字符"));
    }
}
