using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.Analyzers;

[TestFixture]
public sealed class SwallowedExceptionAnalyzerTests
{
    [Test]
    public Task CatchAllWithoutRethrow_IsReported() => Verify<SwallowedExceptionAnalyzer>.AnalyzerAsync("""
        using System;
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class FragileRule : DocumentRule
        {
            public override void Analyze(ReviewContext context)
            {
                try { Check(context); } {|LRA0014:catch|} { }
                try { Check(context); } {|LRA0014:catch (Exception)|} { return; }
                try { Check(context); } {|LRA0014:catch (Exception ex)|} { Console.WriteLine(ex.Message); }
                try { Check(context); } {|LRA0014:catch (Exception)|} { Action rethrowLater = () => throw new InvalidOperationException(); }
            }

            private static void Check(ReviewContext context) { }
        }
        """);

    [Test]
    public Task SpecificRethrownFilteredAndOutsideRules_AreNotReported() => Verify<SwallowedExceptionAnalyzer>.AnalyzerAsync("""
        using System;
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class CarefulRule : DocumentRule
        {
            public override void Analyze(ReviewContext context)
            {
                try { Check(context); } catch (FormatException) { }
                try { Check(context); } catch (Exception) { throw; }
                try { Check(context); } catch (Exception ex) { throw new InvalidOperationException("规则执行失败", ex); }
                try { Check(context); } catch (Exception ex) when (ex is ArgumentException) { }
            }

            private static void Check(ReviewContext context) { }
        }

        public static class Host
        {
            public static void Run(Action action)
            {
                try { action(); } catch { }
            }
        }
        """);
}
