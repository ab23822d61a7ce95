namespace Intake.AppHost.Orchestration;

/// <summary>Writes a file only its owner can read, from the moment it exists (no chmod after the fact).</summary>
public static class SecretFile
{
    public static void Write(string path, string content)
    {
        File.Delete(path);
        using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
        using var writer = new StreamWriter(stream);
        writer.Write(content);
    }
}
