using System.Diagnostics;
using System.Globalization;

namespace LegalReview.Cli.Batch;

/// <summary>
/// A progress bar with counts, rate and ETA on a terminal (redrawn in place), or a plain line every ten seconds when
/// output is redirected, so logs stay readable.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private readonly BatchSummary _summary;
    private readonly TextWriter _out;
    private readonly bool _interactive;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly object _gate = new();
    private int _startDone = -1;

    public ProgressReporter(BatchSummary summary, TextWriter output, bool interactive)
    {
        _summary = summary;
        _out = output;
        _interactive = interactive;
        var period = interactive ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(10);
        _timer = new Timer(_ => Draw(false), null, period, period);
    }

    public void Dispose()
    {
        _timer.Dispose();
        Draw(true);
    }

    private void Draw(bool final)
    {
        lock (_gate)
        {
            var done = _summary.Done;
            if (_startDone < 0)
            {
                _startDone = _summary.Skipped;
            }

            var total = Math.Max(_summary.Total, 1);
            var seconds = Math.Max(_watch.Elapsed.TotalSeconds, 0.001);
            var rate = (done - _startDone) / seconds;
            var left = total - done;
            var eta = rate > 0 ? TimeSpan.FromSeconds(left / rate) : TimeSpan.Zero;
            var percent = 100.0 * done / total;
            var text = string.Create(CultureInfo.InvariantCulture, $"{done}/{_summary.Total} ({percent:F0}%)  {rate:F1} 份/秒  预计剩余 {eta:hh\\:mm\\:ss}  失败 {_summary.Failed}  跳过 {_summary.Skipped}");
            if (_interactive)
            {
                const int width = 24;
                var filled = (int)(width * done / (double)total);
                _out.Write($"\r[{new string('=', filled)}{new string(' ', width - filled)}] {text}   ");
                if (final)
                {
                    _out.WriteLine();
                }
            }
            else
            {
                _out.WriteLine($"进度：{text}");
            }

            _out.Flush();
        }
    }
}
