namespace Intake.Extractors.Content;

/// <summary>One word as read: its text, where it is, and how sure the reader was (1 for a text layer).</summary>
public sealed record Word(string Text, BoundingBox Box, double Confidence = 1.0);
