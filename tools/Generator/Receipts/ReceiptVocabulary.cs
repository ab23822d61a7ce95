namespace Intake.Tools.Generator.Receipts;

/// <summary>Invented shops and goods per language: nothing here names a real business.</summary>
internal static class ReceiptVocabulary
{
    public static (string Name, string[] Address)[] Merchants(string language) => language switch
    {
        "de" => [("Bäckerei Sonnenkorn", ["Marktplatz 7", "79098 Freiburg"]), ("Frischmarkt Hoffmann", ["Gartenstraße 21", "04109 Leipzig"]),
                 ("Drogerie Lindner", ["Kaiserallee 112", "76133 Karlsruhe"])],
        "fr" => [("Épicerie du Marché", ["5 place du Marché", "33000 Bordeaux"]), ("Librairie Les Pages", ["18 rue Sainte-Catherine", "13001 Marseille"])],
        "en-US" => [("Sunny Side Grocery", ["410 Elm Street", "Madison, WI 53703"]), ("Corner Hardware Co.", ["77 Pine Avenue", "Boulder, CO 80302"])],
        _ => [("The Daily Grind Cafe", ["14 Castle Street", "Edinburgh EH2 3AH"]), ("Greenleaf Pharmacy", ["102 High Street", "York YO1 8RB"]),
              ("Hillside Stores", ["3 Bridge Road", "Bath BA2 4AP"])],
    };

    public static (string Name, decimal Price)[] Goods(string language) => language switch
    {
        "de" => [("Vollkornbrot", 3.49m), ("Brezel", 0.85m), ("Milch 1L", 1.19m), ("Kaffee gemahlen", 6.99m), ("Äpfel 1kg", 2.79m), ("Duschgel", 1.95m), ("Butter", 2.29m)],
        "fr" => [("Baguette", 1.10m), ("Croissant", 1.25m), ("Fromage comté", 5.80m), ("Eau minérale 1,5L", 0.89m), ("Roman poche", 8.90m), ("Café moulu", 4.50m)],
        "en-US" => [("Bananas", 1.29m), ("Whole milk gal", 4.19m), ("Bread wheat", 3.49m), ("Duct tape", 6.99m), ("Light bulbs 4pk", 9.99m), ("Coffee beans", 11.49m)],
        _ => [("Flat white", 3.20m), ("Croissant", 2.10m), ("Paracetamol 16", 0.99m), ("Sandwich", 4.50m), ("Orange juice", 1.85m), ("Sun cream", 7.49m)],
    };
}
