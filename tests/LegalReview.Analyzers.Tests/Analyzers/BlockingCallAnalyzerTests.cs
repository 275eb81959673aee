using LegalReview.Analyzers.Tests.Support;

namespace LegalReview.Analyzers.Tests.Analyzers;

[TestFixture]
public sealed class BlockingCallAnalyzerTests
{
    [Test]
    public Task FileNetworkAndWaits_AreReported() => Verify<BlockingCallAnalyzer>.AnalyzerAsync("""
        using System.IO;
        using System.Net;
        using System.Net.Http;
        using System.Net.Sockets;
        using System.Threading;
        using System.Threading.Tasks;
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class LookupRule : DocumentRule
        {
            public override void Analyze(ReviewContext context)
            {
                var list = {|LRA0012:File.ReadAllLines("issuers.txt")|};
                var exists = {|LRA0012:Directory.Exists("laws")|};
                using var stream = {|LRA0012:new FileStream("a.txt", FileMode.Open)|};
                using var reader = {|LRA0012:new StreamReader("b.txt")|};
                using var http = {|LRA0012:new HttpClient()|};
                var page = {|LRA0012:{|LRA0012:http.GetStringAsync("https://flk.npc.gov.cn")|}.Result|};
                using var socket = {|LRA0012:new Socket(SocketType.Stream, ProtocolType.Tcp)|};
                {|LRA0012:Thread.Sleep(10)|};
                var task = Task.Run(() => 1);
                {|LRA0012:task.Wait()|};
                var value = {|LRA0012:task.GetAwaiter().GetResult()|};
            }
        }
        """);

    [Test]
    public Task InMemoryWorkAndCodeOutsideRules_AreNotReported() => Verify<BlockingCallAnalyzer>.AnalyzerAsync("""
        using System.IO;
        using System.Text;
        using System.Threading.Tasks;
        using LegalReview.Review;

        [ReviewRule("LR9001", RuleCategory.Form, FindingSeverity.Warning, "标题")]
        [LegalBasis("《党政机关公文处理工作条例》第九条")]
        public sealed class InMemoryRule : DocumentRule
        {
            public override void Analyze(ReviewContext context)
            {
                using var memory = new MemoryStream(Encoding.UTF8.GetBytes(context.Document.Text));
                using var reader = new StreamReader(memory);
                var name = Path.GetFileName("a/b.docx");
                var articles = context.Document.Articles.Count;
            }
        }

        public static class Loader
        {
            public static string[] Load(string path) => File.ReadAllLines(path);

            public static int Wait(Task<int> task) => task.Result;
        }
        """);
}
