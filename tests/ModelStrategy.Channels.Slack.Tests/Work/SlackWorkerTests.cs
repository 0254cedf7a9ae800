using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ModelStrategy.Channels.Slack.Work;

namespace ModelStrategy.Channels.Slack.Tests.Work;

public sealed class SlackWorkerTests
{
    [Fact]
    public void TryEnqueue_LaneFull_Refused()
    {
        var queue = new SlackWorkQueue();

        var accepted = Enumerable.Range(0, SlackWorkQueue.LaneCapacity + 1).Select(i => queue.TryEnqueue(new Probe("same-partition", i, null))).ToList();

        Assert.All(accepted.Take(SlackWorkQueue.LaneCapacity), Assert.True);
        Assert.False(accepted[^1]);
    }

    [Fact]
    public void TryEnqueue_AfterComplete_Refused()
    {
        var queue = new SlackWorkQueue();
        queue.Complete();

        Assert.False(queue.TryEnqueue(new Probe("p", 0, null)));
    }

    [Fact]
    public async Task Worker_RunsEachItemWithItsHandler_InOrderPerPartition_AndSurvivesAFailure()
    {
        var seen = new List<(string Partition, int Index)>();
        var queue = new SlackWorkQueue();
        var services = new ServiceCollection().AddSingleton(seen).AddKeyedTransient<ISlackWorkHandler, ProbeHandler>(typeof(Probe)).BuildServiceProvider();
        using var worker = new SlackWorker(queue, services.GetRequiredService<IServiceScopeFactory>(), NullLogger<SlackWorker>.Instance);
        var items = Enumerable.Range(0, 20).Select(i => new Probe(i % 2 == 0 ? "a" : "b", i, i == 4 ? "boom" : null)).ToList();

        await worker.StartAsync(CancellationToken.None);
        items.ForEach(item => Assert.True(queue.TryEnqueue(item)));
        await worker.StopAsync(CancellationToken.None);

        lock (seen)
        {
            Assert.Equal(items.Count, seen.Count);
            Assert.Equal(items.Where(i => i.Partition == "a").Select(i => i.Index), seen.Where(s => s.Partition == "a").Select(s => s.Index));
            Assert.Equal(items.Where(i => i.Partition == "b").Select(i => i.Index), seen.Where(s => s.Partition == "b").Select(s => s.Index));
        }
    }

    private sealed record Probe(string Key, int Index, string? Fail) : SlackWork
    {
        public override string Partition => Key;
    }

    private sealed class ProbeHandler(List<(string, int)> seen) : SlackWorkHandler<Probe>
    {
        protected override Task HandleAsync(Probe work, CancellationToken cancellationToken)
        {
            lock (seen)
            {
                seen.Add((work.Partition, work.Index));
            }

            return work.Fail is null ? Task.CompletedTask : throw new InvalidOperationException(work.Fail);
        }
    }
}
