namespace Portal.Web.Imports;

/// <summary>
/// The words the attribution engine knows by heart: how English news copy reports speech, names people, and
/// refers to bodies, places and unnamed sources. General knowledge of the language, never of particular stories.
/// </summary>
internal static class Lexicon
{
    /// <summary>A set of the words in a list separated by spaces and lines, without regard to case.</summary>
    public static HashSet<string> Words(string list) =>
        new(list.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that report speech or writing, in the forms copy uses.</summary>
    public static readonly HashSet<string> ReportingVerbs = Words("""
        said says say told tells added adds tweeted tweets wrote writes posted posts testified testifies
        recalled recalls insisted insists explained explains noted notes stated states argued argues warned warns
        urged urges declared declares announced announces claimed claims stressed stresses replied replies
        responded responds acknowledged acknowledges admitted admits pledged pledges vowed vows predicted predicts
        asked asks continued continues commented comments shouted shouts exclaimed remarked remarks observed
        observes suggested suggests described describes called calls cited cites quipped joked conceded concedes
        confirmed confirms promised promises asserted asserts emphasized emphasised emphasizes emphasises agreed
        agrees complained complains lamented laments boasted boasts contended contends maintained maintains
        demanded demands yelled screamed whispered chanted praised praises criticized criticised criticizes
        criticises thanked accused accuses condemned condemns denied denies reiterated reiterates concluded
        concludes reflected recounted recounts revealed reveals mentioned dubbed branded labelled labeled
        pleaded wondered wonders countered counters mused recalled reasoned added affirmed affirms assured
        assures alleged alleges objected questioned questions repeated repeats answered answers reported
        reports shared opined tells texted emailed messaged talked spoke speaks reacted responded
        dismissed dismisses disparaged derided hailed hails lauded blasted slammed decried denounced denounces touted
        mocked ridiculed lambasted characterized characterised dangled welcomed welcomes dismissing hailing
        describing denouncing telling saying adding declaring noting writing
        calling describing recalling praising insisting explaining warning urging stressing arguing asking
        claiming stating tweeting posting
        elaborated elaborates proposed proposes cautioned cautions underscored underscores underlined
        recommended recommends advised advises cautioning suggesting acknowledging admitting
        add tell write explain ask warn argue insist stress urge admit acknowledge
        """);

    /// <summary>Reporting verbs in -ing form: their speaker is the subject of the sentence they hang from.</summary>
    public static bool IsParticiple(string verb) => verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>Words that may stand between a subject and its reporting verb: "Pompeo also said", "she has said".</summary>
    public static readonly HashSet<string> VerbModifiers = Words("""
        also later then again previously earlier further once repeatedly recently subsequently reportedly
        publicly separately privately simply just often always never had has have would will could should
        may might did does first finally last initially quickly famously
        """);

    public static readonly HashSet<string> MalePronouns = Words("he him his himself");
    public static readonly HashSet<string> FemalePronouns = Words("she her hers herself");
    public static readonly HashSet<string> PluralPronouns = Words("they them their we us our");

    /// <summary>Prepositions whose object is never the subject of the clause they stand in.</summary>
    public static readonly HashSet<string> Prepositions =
        Words("to of with by for from at on in about against toward towards than between among");

    /// <summary>Words that end a noun phrase when reading back from a verb.</summary>
    public static readonly HashSet<string> ClauseWords = Words("""
        that which who whom whose and but or nor when while as because if after before since so than where
        what how why though although whether until unless to not yet
        """);

    /// <summary>Capitalised words that open sentences or phrases without being names.</summary>
    public static readonly HashSet<string> FunctionWords = Words("""
        the a an this that these those his her their its our my your on in at by for from with to of after
        before during since until as but and or if when while although though because according speaking
        asked meanwhile however also still yet then there here it he she they we i you one some many most
        several another other each every all both no not any such former late acting interim then-
        earlier later last next new so thus instead despite amid among under over about into through whereas
        """);

    /// <summary>Titles and honorifics written before a name.</summary>
    public static readonly HashSet<string> Titles = Words("""
        president vice secretary general secretary-general prime minister foreign defense defence chancellor
        chairman chairwoman chair senator sen. representative rep. governor gov. mayor gen. admiral adm. king
        queen crown prince princess pope ambassador director ceo judge justice commissioner premier speaker
        professor prof. coach cardinal archbishop bishop sheikh emir sultan envoy spokesman spokeswoman
        spokesperson mr. mrs. ms. miss dr. lt. col. capt. sgt. maj. cmdr. rev. sir dame lord lady attorney
        u.s. officer detective inspector chief superintendent constable sheriff deputy assistant associate
        executive commander colonel lieutenant captain sergeant major corporal private marshal president-elect
        lawmaker congressman congresswoman councilman councilwoman councillor councilor alderman trustee
        leader minister-president state district federal supreme circuit magistrate sister brother father
        saint st. pastor rabbi imam reverend mufti ayatollah broadcaster journalist actor actress author
        singer rapper billionaire businessman businesswoman founder special agent charge democrat republican
        whip dean
        """);

    /// <summary>Nouns for people by what they do: heads of role descriptions ("the mayor", "the top U.S. diplomat").</summary>
    public static readonly HashSet<string> RoleNouns = Words("""
        trooper troopers dean
        leader spokesman spokeswoman spokesperson minister president chairman chairwoman chair director chief
        envoy ambassador coach lawyer attorney official diplomat executive secretary adviser advisor analyst
        founder economist professor senator governor mayor commander negotiator member head manager captain
        researcher scientist doctor physician nurse judge prosecutor officer detective sheriff general admiral
        king queen prince princess pope chancellor premier speaker lawmaker congressman congresswoman
        councilman councilwoman councillor councilor candidate actor actress singer author writer journalist
        reporter editor producer director artist player striker goalkeeper midfielder defender forward
        quarterback pitcher champion athlete runner driver pilot astronaut engineer teacher student principal
        father mother husband wife son daughter brother sister widow widower uncle aunt grandfather
        grandmother fiancee fiancée fiance partner friend owner resident witness survivor victim suspect
        defendant plaintiff commissioner administrator superintendent inspector chef priest bishop cardinal
        archbishop rabbi imam pastor monarch boss trainer manager activist organizer organiser campaigner
        historian expert curator designer architect entrepreneur investor banker billionaire businessman
        businesswoman broadcaster presenter host comedian musician rapper novelist poet playwright filmmaker
        biologist chemist physicist astronomer geologist oceanographer epidemiologist virologist
        """);

    /// <summary>Role nouns that say the person is a woman or a man.</summary>
    public static readonly HashSet<string> FemaleNouns = Words("""
        spokeswoman chairwoman congresswoman councilwoman businesswoman actress queen princess wife mother
        daughter sister widow aunt grandmother fiancee fiancée woman girl lady mrs. ms. miss dame madam mrs ms
        duchess empress sportswoman policewoman
        """);

    /// <summary>Nouns for a relation rather than a role: "the father" is someone's, so the story must say whose.</summary>
    public static readonly HashSet<string> RelationNouns = Words("""
        father mother husband wife son daughter brother sister widow widower uncle aunt grandfather grandmother
        fiancee fiancée fiance partner friend parent child cousin nephew niece boyfriend girlfriend
        """);

    /// <summary>Words before a quotation that make it a word used as a word, a name or a title, not speech.</summary>
    /// <summary>Nouns that follow the title of a work or a scheme: the "House" series, the "Learning Together" programme.</summary>
    public static readonly HashSet<string> WorkNouns = Words("""
        series show programme program film movie book novel album song single podcast documentary play musical
        exhibition campaign initiative project app game franchise column
        """);

    public static readonly HashSet<string> MentionNouns = Words("""
        word words term terms phrase phrases label slogan motto hashtag nickname title headline name names
        so-called dubbed titled entitled named nicknamed codenamed branded labelled labeled
        """);

    public static readonly HashSet<string> MaleNouns = Words("""
        spokesman congressman councilman businessman king prince husband father son brother widower uncle
        grandfather fiance man boy mr. mr sir lord duke emperor sportsman policeman
        """);

    /// <summary>Words in the names of bodies, places and things rather than people.</summary>
    public static readonly HashSet<string> InstitutionWords = Words("""
        korea states kingdom republic nations union house ministry department agency office party committee affairs
        administration authority bureau directorate secretariat centres centers services studies resources relations
        communities sciences industries partners solutions systems holdings programmes programs initiatives
        council government bank university inc corp company group news press association institute police
        court army navy force forces commission organization organisation center centre foundation federation
        senate congress parliament assembly service city county province state street peninsula island islands
        sea river airport hospital school college club team league times post journal embassy reuters kyodo
        ministries monday tuesday wednesday thursday friday saturday sunday january february march  
         july  september october november december  bridge square road avenue  station
         cathedral mosque temple museum theatre theater stadium arena tower palace castle building
        conference summit festival awards award prize cup championship olympics games series network channel
        radio television tv magazine gazette tribune herald daily weekly review world international national
        global united european african asian american british security intelligence board authority bureau
        administration cabinet secretariat coalition alliance movement front council's fund trust society
         institute laboratory laboratories corporation limited ltd llc plc holdings airlines airways
        motors systems technologies industries partners capital group's     mountains
           county's district region north south east west northern southern eastern western
        central   week year act  law code order treaty accord agreement plan program programme
        project initiative strategy report review study census survey index show shows animal guard
        """);

    /// <summary>Countries, capitals and other places that copy names with capitals, and the adjectives made from them.</summary>
    public static readonly HashSet<string> Places = Words("""
        afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus
        belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada chile china colombia congo
        croatia cuba cyprus czechia denmark ecuador egypt england estonia ethiopia europe finland france georgia
        germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel
        italy japan  kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania
        luxembourg malaysia mali malta mexico moldova mongolia montenegro morocco mozambique myanmar nepal
        netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines
        poland portugal qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia somalia
        spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan
        uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe america africa asia
        london paris berlin moscow beijing tokyo washington york brussels geneva rome madrid kyiv kiev seoul
        pyongyang tehran baghdad kabul delhi mumbai sydney toronto ottawa dublin vienna warsaw prague budapest
        athens cairo istanbul ankara jerusalem riyadh dubai manila jakarta bangkok hanoi taipei shanghai
        hong kong california texas florida arizona ohio michigan virginia carolina pennsylvania illinois
        georgia alabama alaska colorado connecticut delaware hawaii idaho indiana iowa kansas kentucky
        louisiana maine maryland massachusetts minnesota mississippi missouri montana nebraska nevada
        hampshire jersey mexico oregon tennessee utah vermont wisconsin wyoming dakota oklahoma arkansas
        chicago boston angeles francisco seattle miami atlanta houston dallas detroit philadelphia
        gdańsk gdansk glasgow manchester birmingham liverpool edinburgh cardiff belfast oxford cambridge
        american british chinese japanese korean russian ukrainian french german italian spanish polish
        indian pakistani iranian iraqi israeli palestinian saudi turkish egyptian syrian afghan canadian
        mexican brazilian argentine argentinian australian european african asian african-american
        u.s. u.k. u.n. e.u. nato english scottish welsh irish dutch swedish norwegian danish
        finnish greek hungarian czech austrian swiss belgian portuguese romanian serbian croatian
        uzbek kazakh nigerian kenyan ethiopian south north east west new los san las santa
        """);

    /// <summary>Two-letter initialisms of places and bodies, matched by case: "UN" is one, "Un" in "Kim Jong Un" is a name.</summary>
    public static readonly HashSet<string> Initialisms = new(StringComparer.Ordinal) { "US", "UN", "UK", "EU", "TV", "AP", "AU", "UAE", "AI", "PM" };

    /// <summary>Letters after a name that are never part of it: "Kama Melly QC", "Jane Doe MP".</summary>
    public static readonly HashSet<string> PostNominals = new(StringComparer.Ordinal) { "QC", "KC", "MP", "MEP", "MSP", "MLA", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD" };

    /// <summary>Degrees and generational suffixes set off by commas after a name: "Nick James, Ph.D., of …".</summary>
    public static readonly HashSet<string> NameSuffixes = new(StringComparer.Ordinal)
    {
        "Ph.D", "Ph.D.", "PhD", "M.D", "M.D.", "MD", "J.D", "J.D.", "Jr", "Jr.", "Sr", "Sr.", "MPH", "M.P.H", "M.P.H.", "R.N", "R.N.", "Esq", "Esq.", "DPhil",
    };

    /// <summary>Nouns for bodies and documents: words said by one of these are not a person's.</summary>
    public static readonly HashSet<string> OrganisationNouns = Words("""
        police ministry government department agency company court statement letter report order website
        site document documents filing complaint indictment lawsuit ruling verdict judgment spokesperson's
        office council committee commission board administration campaign party union embassy army military
        navy force authorities authority organisation organization group firm team club league newspaper
        paper magazine network channel station broadcaster publication post tweet message memo release
        announcement decree resolution constitution treaty law bill act study survey poll paper article
        book study research white house kremlin pentagon
        """);

    /// <summary>What a person issues in their own words: "issued a statement saying", "posted a video telling".</summary>
    public static readonly HashSet<string> IssuedNouns = Words("""
        statement statements letter tweet tweets post posts message messages release note email video videos speech interview
        op-ed column memo address remarks
        """);

    /// <summary>Nouns for groups and unnamed people: "officials said", "an eyewitness told".</summary>
    public static readonly HashSet<string> UnnamedDeterminers = Words("""
        a an one some several many two three four five another other others few numerous various most
        """);

    public static readonly HashSet<string> Particles = Words("bin ibn al al- el de del della di da dos das du van von der den ter ten la le st. y");

    public static readonly HashSet<string> Weekdays = Words("monday tuesday wednesday thursday friday saturday sunday");

    /// <summary>Days, months and feasts: capitalised words of time, never a name when they stand alone.</summary>
    public static readonly HashSet<string> TimeNames = Words("""
        monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
        september october november december christmas easter
        """);
}
