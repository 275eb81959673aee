using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using LegalReview.Documents.Reading;
using LegalReview.Review;
using LegalReview.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Tests.Hosting;

[NonParallelizable]
public sealed class TelemetryTests
{
    private sealed class Recorder : IDisposable
    {
        private readonly MeterListener _meters = new();
        private readonly ActivityListener _activities;

        public Recorder()
        {
            _meters.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == LegalReviewDiagnostics.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _meters.SetMeasurementEventCallback<long>((i, v, tags, _) => Measurements.Add((i.Name, v, ToDictionary(tags))));
            _meters.SetMeasurementEventCallback<double>((i, v, tags, _) => Measurements.Add((i.Name, v, ToDictionary(tags))));
            _meters.Start();
            _activities = new ActivityListener
            {
                ShouldListenTo = s => s.Name == LegalReviewDiagnostics.ActivitySourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = a => Activities.Add(a),
            };
            ActivitySource.AddActivityListener(_activities);
        }

        public ConcurrentBag<(string Name, double Value, Dictionary<string, string?> Tags)> Measurements { get; } = [];

        public ConcurrentBag<Activity> Activities { get; } = [];

        public void Dispose()
        {
            _meters.Dispose();
            _activities.Dispose();
        }

        private static Dictionary<string, string?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var d = new Dictionary<string, string?>();
            foreach (var t in tags)
            {
                d[t.Key] = t.Value?.ToString();
            }

            return d;
        }
    }

    private static ILegalReviewService Service()
    {
        var services = new ServiceCollection();
        services.AddLegalReview();
        return services.BuildServiceProvider().GetRequiredService<ILegalReviewService>();
    }

    [Test]
    public async Task Review_RecordsDurationDocumentFindingsAndAnActivity()
    {
        using var recorder = new Recorder();
        var result = await Service().ReviewFileAsync(Path.Combine(RepoPaths.Drafts, "09-problem-rules.docx"));

        var mine = recorder.Activities.Where(a => a.GetTagItem("legalreview.document") as string == "09-problem-rules.docx").ToList();
        Assert.That(mine, Has.Count.EqualTo(1));
        Assert.That(mine[0].OperationName, Is.EqualTo("LegalReview.Review"));
        Assert.That(mine[0].GetTagItem("legalreview.findings"), Is.EqualTo(result.ActiveFindings.Count()));

        var m = recorder.Measurements.ToList();
        Assert.That(m.Where(x => x.Name == LegalReviewDiagnostics.ReviewDuration && x.Tags["outcome"] == "success").Select(x => x.Value), Has.Some.GreaterThan(0));
        Assert.That(m.Where(x => x.Name == LegalReviewDiagnostics.Documents).Sum(x => x.Value), Is.GreaterThanOrEqualTo(1));

        // Every (category, severity) pair of this result is recorded with its count.
        foreach (var group in result.ActiveFindings.GroupBy(f => (Category: f.Category.ToName(), Severity: f.Severity.ToString().ToLowerInvariant())))
        {
            var recorded = m.Where(x => x.Name == LegalReviewDiagnostics.Findings && x.Tags["category"] == group.Key.Category && x.Tags["severity"] == group.Key.Severity);
            Assert.That(recorded.Select(x => x.Value), Does.Contain((double)group.Count()), $"{group.Key}");
        }
    }

    [Test]
    public async Task UnreadableDocument_RecordsAFailureByReason()
    {
        using var recorder = new Recorder();
        using var empty = new MemoryStream();
        Assert.ThrowsAsync<DocumentReadException>(() => Service().ReviewAsync(empty, "空文件.docx"));
        await Task.Yield();

        var failures = recorder.Measurements.Where(x => x.Name == LegalReviewDiagnostics.Failures).ToList();
        Assert.That(failures.Select(x => x.Tags["reason"]), Does.Contain(nameof(DocumentReadError.EmptyFile)));
        var activity = recorder.Activities.Single(a => a.GetTagItem("legalreview.document") as string == "空文件.docx");
        Assert.That(activity.Status, Is.EqualTo(ActivityStatusCode.Error));
    }
}
