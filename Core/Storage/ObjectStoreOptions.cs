namespace Intake.Core.Storage;

/// <summary>Where originals and page images are kept (section <c>ObjectStore</c>).</summary>
public sealed class ObjectStoreOptions
{
    /// <summary>The bucket every object goes to; the AppHost creates it on start.</summary>
    public string Bucket { get; set; } = "intake";
}
