namespace Sitrep.Tests.Geo;

/// <summary>
/// Short articles written for these tests in the style of US local crime reports and wire copy (datelines, bylines,
/// county and city, holidays); the people, outlets' reporters and events are invented.
/// </summary>
internal static class LocalNewsArticles
{
    public const string Pandora = """
        PANDORA — A 17-year-old boy died Sunday after he was shot at a park on Father's Day, the Putnam County Sheriff's Office said.

        Deputies said David Ortiz, 19, was arrested at his home a few hours later. David told deputies he had found the gun in a car.
        """;

    public const string Miami = """
        By Jane Doe, CBS Miami

        MIAMI (CBSMiami) — A man was shot outside a bar in Little Havana on Christmas Eve, Miami police said.

        Officer David Alvarez said the gunman fled in a white sedan. Police said David was not hurt.
        """;

    public const string Elgin = """
        AUSTIN (KXAN) — A man was killed in a shooting in Elgin on Thanksgiving night, the Bastrop County Sheriff's Office said.

        Deputies found the man in the driveway of a home on County Line Road. No arrests have been made.
        """;

    public const string Kabul = """
        By Jane Doe, VOA
        KABUL, Afghanistan (VOA) — A bomb exploded at a mosque in the eastern province of Nangarhar on Eid al-Fitr, killing at least four worshippers, local officials said.

        No group has claimed responsibility for the attack.
        """;

    public const string Springfield = """
        SPRINGFIELD, Ill. — Two people were wounded early Saturday in a shooting near a downtown bar, police said.

        The Sangamon County coroner's office said neither wound was life-threatening.
        """;

    public const string Metairie = """
        TWO HURT IN METAIRIE CARJACKING
        METAIRIE, La. (WWL) — Two women were hurt Friday when a man pulled them from their car at a gas station, the Jefferson Parish Sheriff's Office said.

        The suspect drove away in the car and was arrested an hour later.
        """;

    public const string Jeddah = """
        WASHINGTON — Secretary of State Marco Rubio met Ukrainian officials in the Red Sea port city of Jeddah on Tuesday, the State Department said.

        The talks lasted eight hours.
        """;

    public const string Jackson = """
        JACKSON, Miss. (AP) — A woman was shot and killed Monday at an apartment complex, the Hinds County Sheriff's Office said.

        The victim was identified as Sharon Paris, 34. Paris was pronounced dead at the scene, deputies said.
        """;
}