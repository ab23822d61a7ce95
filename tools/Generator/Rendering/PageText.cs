using PdfSharp.Drawing;

namespace Intake.Tools.Generator.Rendering;

/// <summary>Text drawing shared by the invoice and receipt painters: top-left anchored, right-aligned where asked.</summary>
internal static class PageText
{
    public static void Write(this XGraphics graphics, string text, XFont font, double x, double y, double width = 400, XStringFormat? format = null)
    {
        if (text.Length > 0)
        {
            graphics.DrawString(text, font, XBrushes.Black, new XRect(x, y, width, font.Size * 1.3), format ?? XStringFormats.TopLeft);
        }
    }
}
