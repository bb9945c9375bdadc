namespace Search.Core.Entities;

/// <summary>
/// Names of countries (and of the 1980s states news still names, such as `West Germany` and `USSR`), for
/// typing a mention that is exactly one of them as a place. The tagger learned some of them from one or two
/// training sentences: CoNLL-2003's training set has `Philippines` once, as an organisation, so it tagged
/// every `Philippines` in the Reuters articles (251 paragraphs) an organisation, and `USSR` in 80. A
/// country standing alone is a place in CoNLL's own guidelines, its government and its team included.
/// </summary>
public static class CountryNames
{
    // Compared case-insensitively (abbreviations in capitals only) and without dots (`U.S.` is `US`); `the`
    // before a name and a possessive after it do not count (`the Philippines'`).
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
        "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
        "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria",
        "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde", "Central African Republic",
        "Chad", "Chile", "China", "Colombia", "Comoros", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus",
        "Czech Republic", "Czechoslovakia", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "East Germany",
        "East Timor", "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini",
        "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece",
        "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland",
        "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan",
        "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon",
        "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi",
        "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico",
        "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Burma",
        "Namibia", "Nauru", "Nepal", "Netherlands", "Holland", "New Zealand", "Nicaragua", "Niger", "Nigeria",
        "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea",
        "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda",
        "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa", "San Marino",
        "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia",
        "Solomon Islands", "Somalia", "South Africa", "South Korea", "South Sudan", "Soviet Union", "Spain",
        "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania",
        "Thailand", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu", "Uganda",
        "Ukraine", "United Arab Emirates", "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Vanuatu",
        "Vatican City", "Venezuela", "Vietnam", "West Germany", "Yemen", "Yugoslavia", "Zaire", "Zambia", "Zimbabwe",
        "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Hong Kong", "Puerto Rico",
        "Macau", "Greenland",
    };

    // In capitals only, as news writes them: `us` is not a country.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "US", "USA", "UK", "USSR" };

    // Countries that are also people's names: tagged as a person, the tagger saw something in the context
    // (`Michael Jordan`, later `Jordan`) that a list does not, so they stay people.
    private static readonly HashSet<string> AlsoPeoplesNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Chad", "Cuba", "England", "France", "Georgia", "Holland", "India", "Ireland", "Israel", "Jamaica",
        "Jordan", "Kenya", "Mali", "Scotland", "Togo", "Wales",
    };

    // Names of one country, by their keys (folded words, as EntityNames.Key makes them): a place named any of
    // these ways is one entity, so `United States` finds the 6,867 Reuters paragraphs that write `U.S.`.
    private static readonly Dictionary<string, string> SameCountry = new(StringComparer.Ordinal)
    {
        ["u s"] = "united states", ["us"] = "united states", ["usa"] = "united states", ["u s a"] = "united states",
        ["united states of america"] = "united states",
        ["u k"] = "united kingdom", ["uk"] = "united kingdom", ["britain"] = "united kingdom", ["great britain"] = "united kingdom",
        ["ussr"] = "soviet union", ["u s s r"] = "soviet union",
        ["holland"] = "netherlands",
    };

    /// <summary>The key a place's key stands for: `u s` is `united states`; any other key is itself.</summary>
    public static string PlaceKey(string key) => SameCountry.GetValueOrDefault(key, key);

    /// <summary>
    /// Whether a whole mention, <paramref name="text"/>, tagged as <paramref name="taggedAs"/>, is a country
    /// to type as a place: any country read as an organisation or another name, and one read as a person
    /// unless it is also a person's name (`Bolivia`, 42 paragraphs as a person in Reuters, but not `Jordan`).
    /// </summary>
    public static bool IsCountry(ReadOnlySpan<char> text, EntityType taggedAs)
    {
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }
        if (text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || text.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^2];
        }
        text = text.TrimEnd("'’");
        if (text.IsEmpty || text.Length > MaxNameLength)
        {
            return false;
        }
        Span<char> undotted = stackalloc char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (c != '.')
            {
                undotted[length++] = c;
            }
        }
        var name = undotted[..length];
        return (Names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name) || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            && (taggedAs != EntityType.Person || !AlsoPeoplesNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name));
    }

    private const int MaxNameLength = 40;
}
