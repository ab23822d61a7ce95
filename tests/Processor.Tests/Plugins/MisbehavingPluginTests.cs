using System.Diagnostics;
using Intake.Extractors;
using Intake.Extractors.Testing;
using Intake.Processor.Plugins;

namespace Intake.Processor.Tests.Plugins;

public sealed class MisbehavingPluginTests : IDisposable
{
    private readonly PluginFolders _plugins = new(new PluginOptions { ExtractTimeout = TimeSpan.FromSeconds(1), ClassifyTimeout = TimeSpan.FromSeconds(1) });

    public MisbehavingPluginTests()
    {
        _plugins.Install("Misbehaving", "Misbehaving");
        _plugins.Install("Greeting.V1", "Greeting");
        _plugins.Catalog.LoadAll();
    }

    public void Dispose() => _plugins.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_plugin_that_throws_fails_only_its_document_with_the_reason()
    {
        var outcome = await _plugins.Host.RunAsync(TestContent.FromText("Hello Ada"), "THROWS", new ExtractionContext(), Ct);

        Assert.True(outcome.Failed);
        Assert.Equal("plugin_failed", outcome.Error!.Code);
        Assert.Equal("extraction", outcome.Error.Stage);
        Assert.Contains("extractor bug", outcome.Error.Message);
        Assert.Contains("THROWS", outcome.Error.Message);

        var next = await _plugins.Host.RunAsync(TestContent.FromText("Hello Grace"), null, new ExtractionContext(), Ct);
        Assert.Equal("Grace", next.Result!.Fields["name"].Value);
    }

    [Fact]
    public async Task A_plugin_that_hangs_fails_its_document_once_its_time_limit_passes()
    {
        var clock = Stopwatch.StartNew();

        var outcome = await _plugins.Host.RunAsync(TestContent.FromText("Hello Ada"), "HANGS", new ExtractionContext(), Ct);

        Assert.Equal("plugin_timeout", outcome.Error!.Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the limit is 1 s, the call took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("NULLS", "returned no result")]
    [InlineData("MISTYPED", "declared Amount but holds a String")]
    public async Task A_plugin_that_returns_a_malformed_result_fails_its_document_with_the_reason(string type, string reason)
    {
        var outcome = await _plugins.Host.RunAsync(TestContent.FromText("Hello Ada"), type, new ExtractionContext(), Ct);

        Assert.Equal("plugin_failed", outcome.Error!.Code);
        Assert.Contains(reason, outcome.Error.Message);
    }

    [Fact]
    public async Task A_slow_classifier_costs_one_time_limit_and_the_document_is_still_classified()
    {
        var clock = Stopwatch.StartNew();

        var outcome = await _plugins.Host.RunAsync(TestContent.FromText("Hello Ada"), null, new ExtractionContext(), Ct);

        Assert.Equal("GREETING", outcome.DocumentType);
        Assert.Equal(0, outcome.Scores["SLOW_CLASSIFIER"]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"classification took {clock.Elapsed}; the limit is 1 s");
    }

    [Fact]
    public async Task After_a_hung_extraction_the_next_document_is_served()
    {
        var hung = await _plugins.Host.RunAsync(TestContent.FromText("Hello Ada"), "HANGS", new ExtractionContext(), Ct);
        var next = await _plugins.Host.RunAsync(TestContent.FromText("Hello Grace"), "GREETING", new ExtractionContext(), Ct);

        Assert.Equal("plugin_timeout", hung.Error!.Code);
        Assert.Equal("Grace", next.Result!.Fields["name"].Value);
    }

    [Fact]
    public async Task A_classifier_that_throws_is_skipped_and_the_others_still_classify()
    {
        var outcome = await _plugins.Host.RunAsync(TestContent.FromText("Hello Linus"), null, new ExtractionContext(), Ct);

        Assert.False(outcome.Failed);
        Assert.Equal("GREETING", outcome.DocumentType);
        Assert.Equal(0, outcome.Scores["THROWS"]);
    }

    [Fact]
    public async Task A_document_no_plugin_claims_has_no_type_and_no_error()
    {
        var outcome = await _plugins.Host.RunAsync(TestContent.FromText("Minutes of the meeting"), null, new ExtractionContext(), Ct);

        Assert.Null(outcome.DocumentType);
        Assert.Null(outcome.Result);
        Assert.False(outcome.Failed);
    }

    [Fact]
    public async Task An_explicit_type_skips_classification()
    {
        var outcome = await _plugins.Host.RunAsync(TestContent.FromText("Minutes of the meeting"), "greeting", new ExtractionContext(), Ct);

        Assert.Equal("GREETING", outcome.DocumentType);
        Assert.Empty(outcome.Scores);
        Assert.Equal("of", outcome.Result!.Fields["name"].Value);
    }

    [Fact]
    public async Task An_explicit_type_no_plugin_provides_fails_with_the_reason()
    {
        var outcome = await _plugins.Host.RunAsync(TestContent.FromText("x"), "PAYSLIP", new ExtractionContext(), Ct);

        Assert.Equal("unknown_document_type", outcome.Error!.Code);
    }
}
