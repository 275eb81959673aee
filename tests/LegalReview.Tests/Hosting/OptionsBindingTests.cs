using LegalReview.Review;
using LegalReview.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LegalReview.Tests.Hosting;

public sealed class OptionsBindingTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLegalReview(configuration);
        return services.BuildServiceProvider();
    }

    private static string StartupFailure(Dictionary<string, string?> settings)
    {
        using var provider = Build(settings);
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        return string.Join("\n", ex!.Failures);
    }

    [Test]
    public async Task Section_IsBoundAndDrivesTheReview()
    {
        using var provider = Build(new()
        {
            ["LegalReview:Review:Profile"] = "fujian",
            ["LegalReview:Review:Rules:LR5001"] = "off",
            ["LegalReview:Review:Rules:form"] = "info",
            ["LegalReview:Review:Suppressions:0:RuleId"] = "LR5002",
            ["LegalReview:Review:Suppressions:0:Location"] = "文号",
            ["LegalReview:Review:Suppressions:0:By"] = "林律师",
            ["LegalReview:Review:Suppressions:0:Reason"] = "本局发文规范另有规定",
            ["LegalReview:Reader:MaxParagraphs"] = "5000",
        });
        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<LegalReviewOptions>>().Value;
        Assert.That(options.Review.Profile, Is.EqualTo("fujian"));
        Assert.That(options.Review.Suppressions.Single().By, Is.EqualTo("林律师"));
        Assert.That(options.Reader.MaxParagraphs, Is.EqualTo(5000));

        var result = await provider.GetRequiredService<ILegalReviewService>().ReviewFileAsync(Path.Combine(RepoPaths.Drafts, "09-problem-rules.docx"));
        Assert.That(result.Profile.Name, Is.EqualTo("fujian"));
        Assert.That(result.RulesRun, Does.Not.Contain("LR5001"));
        var form = result.Findings.Where(f => f.Category == RuleCategory.Form).ToList();
        Assert.That(form, Is.Not.Empty);
        Assert.That(form.Select(f => f.Severity), Is.All.EqualTo(FindingSeverity.Info));
    }

    [Test]
    public void UnknownRuleIdAndCategory_StopStartup()
    {
        var failure = StartupFailure(new() { ["LegalReview:Review:Rules:LR9999"] = "off", ["LegalReview:Review:Rules:formm"] = "info" });
        Assert.That(failure, Does.Contain("规则“LR9999”不存在").And.Contain("规则“formm”不存在"));
    }

    [Test]
    public void BadSeverityWord_StopsStartup()
    {
        var failure = StartupFailure(new() { ["LegalReview:Review:Rules:LR5001"] = "severe" });
        Assert.That(failure, Does.Contain("规则“LR5001”的设置“severe”无效").And.Contain("off、on、error、warning、info"));
    }

    [Test]
    public void UnknownProfile_StopsStartup()
    {
        var failure = StartupFailure(new() { ["LegalReview:Review:Profile"] = "guangdong" });
        Assert.That(failure, Does.Contain("未知的审查配置“guangdong”").And.Contain("national"));
    }

    [Test]
    public void SuppressionWithoutByOrReason_StopsStartup()
    {
        var failure = StartupFailure(new()
        {
            ["LegalReview:Review:Suppressions:0:RuleId"] = "LR5001",
            ["LegalReview:Review:Suppressions:0:Location"] = "文号",
            ["LegalReview:Review:Suppressions:0:By"] = "林律师",
        });
        Assert.That(failure, Does.Contain("Suppressions:0").And.Contain("必须写明决定人（by）和理由（reason）"));
    }

    [Test]
    public void NegativeLimits_StopStartup_AndEveryProblemIsListed()
    {
        var failure = StartupFailure(new()
        {
            ["LegalReview:Review:ProfileOverrides:FilingDeadlineDays"] = "-1",
            ["LegalReview:Reader:MaxFileBytes"] = "-5",
            ["LegalReview:Review:Classifier:DefaultThreshold"] = "1.5",
        });
        Assert.That(failure, Does.Contain("FilingDeadlineDays：数值“-1”不得为负数")
            .And.Contain("MaxFileBytes：上限“-5”必须大于零")
            .And.Contain("DefaultThreshold"));
    }

    [Test]
    public void CodeConfiguration_IsAppliedAfterBinding()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["LegalReview:Review:Profile"] = "fujian" }).Build();
        var services = new ServiceCollection();
        services.AddLegalReview(configuration, o => o.Review.Profile = "national");
        using var provider = services.BuildServiceProvider();
        Assert.That(provider.GetRequiredService<IOptions<LegalReviewOptions>>().Value.Review.Profile, Is.EqualTo("national"));
    }
}
