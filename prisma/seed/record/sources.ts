// The five seed documents and the works they cite. No URL is given: the documents quote none in full.
import type { SeedEntry } from "../types";
import { type SourceContent, claim, cite, day, once, pub, year } from "./helpers";
import { A, S } from "./slugs";

type SourceInput = Partial<SourceContent> & Pick<SourceContent, "slug" | "title" | "sourceType" | "language" | "summary">;
const source = (s: SourceInput): SourceContent => ({ authors: [], excerpts: [], claims: [], ...s });

const VIA_KOHTE = "Known to this record only through Anna Milena Kohte's citations and paraphrase in Torggata Blad; not consulted directly.";

// ---------- The five documents ----------

const wiki = source({
  slug: S.wiki,
  title: "San Miguel del Ene attack (Wikipedia)",
  sourceType: "encyclopedia-article",
  publisher: A.wikipedia,
  language: "en",
  summary:
    "English Wikipedia article on the massacre: background, the leaflets, the toll of 18 confirmed by the police commander, the Armed Forces' and the Ministry of Defense's attribution, doubts raised by Ojo Público and Jo-Marie Burt, the prosecutors' investigation and political reactions.",
  excerpts: [
    { text: "in which 18 people were killed", locator: "lead" },
    { text: "The massacre was most likely perpetrated by the Militarized Communist Party of Peru (MPCP)", locator: "lead" },
    { text: "The Armed Forces of Peru released a statement prior to any investigations, naming Shining Path as the perpetrator", locator: "Investigation" },
    { text: "The National Police cautioned that responsibility should be assigned following a full investigation.", locator: "Investigation" },
  ],
  reliabilityNote:
    "A tertiary source that summarises press reports; the version in the seed documents cites no references inline. Useful for the overall chronology, but its infobox states as fact points that other sources dispute (the toll, the perpetrator, the motive).",
});

const kohte = source({
  slug: S.kohte,
  title: "A politicized massacre: the Vizcatán del Ene killings and Peru's elections (Torggata Blad)",
  sourceType: "news-article",
  publisher: A.torggata,
  authors: ["Anna Milena Kohte"],
  published: year(2021, "The document carries no date; it speaks of “May 23 this year” and cites an article of 5 June 2021, so it appeared after that day."),
  language: "en",
  originator: A.kohte,
  originatorConnection: "reporter",
  summary:
    "Commentary with 30 endnotes that sets the survivors' accounts reported by Ojo Público and Hildebrandt en sus trece against the Armed Forces' version, and describes how the massacre was drawn into the Fujimori–Castillo run-off. The title is ours: the document gives none beyond its lead.",
  excerpts: [
    { text: "Late in the night of May 23 this year, 16 people were killed in two bars in Vizcatán del Ene.", locator: "para. 1" },
    { text: "According to surviving witnesses three attackers in civilian clothes entered the bars and opened fire on the civilians inside.", locator: "n. 4" },
    { text: "The district’s mayor, Alejandro Atao, also told Hildebrandt en sus trece that he did not believe the army’s version either.", locator: "n. 22" },
  ],
  reliabilityNote:
    "An openly argued piece by a writer who follows the VRAEM; its factual statements are footnoted to the Ojo Público and Hildebrandt field reports, the Armed Forces communiqué and international press. The web copy has stray characters and its footnote links were lost.",
});

const insight = source({
  slug: S.insight,
  title: "Peru Massacre Highlights Desperation of Weakened Shining Path Rebels",
  sourceType: "news-article",
  publisher: A.insight,
  language: "en",
  summary:
    "InSight Crime reports the armed forces' attribution of at least 16 deaths to the MPCP, the troop deployment that followed, and police sources' view that the massacre warned locals against informing, after the death of the group's second-in-command.",
  excerpts: [
    { text: "were alleged to have shot and killed at least 16 individuals, including women and children, on May 23", locator: "para. 2" },
    { text: "the massacre was likely a stern warning to locals in the VRAEM not to cooperate with authorities", locator: "Analysis" },
  ],
  reliabilityNote:
    "Specialist analysis of organised crime. The copy in the seed documents shows no author or date. Its motive theory rests on anonymous police sources.",
  claims: [
    claim({
      id: "date-after-attack",
      property: "date",
      value: { type: "unknown" },
      nature: "asserted",
      rank: "preferred",
      note: "The copy gives no publication date; its text places it shortly after the 23 May attack (“Just last week…”).",
      citations: [cite(S.insight, "para. 1", "Authorities in Peru have sent troops to an isolated river valley")],
    }),
  ],
});

const doc003 = source({
  slug: S.doc003,
  title: "Militarized Communist Party Of Peru And Its Relationship To 16 Civilians Massacre",
  sourceType: "news-article",
  language: "en",
  summary:
    "Article, apparently translated from Spanish, on the massacre of at least 16 civilians, four of them minors, the MPCP leaflets found at the bar, the Quispe Palomino brothers and the group's ties to drug trafficking.",
  excerpts: [
    { text: "The victims, all civilians and four of them minors , were shot to death and some of the corpses were found charred", locator: "para. 2" },
    { text: "The San Miguel de Ene massacre is the Shining Path’s biggest coup since 2008", locator: "The Quispe Palomino reign of terror" },
  ],
  reliabilityNote:
    "The document names neither publisher, author nor date, and reads like a machine translation (it mixes “at least 16” in the title with a headline of “at least 14”). Useful for background on the MPCP; treat its figures with care.",
});

const aljazeera = source({
  slug: S.aljazeera,
  title: "Six killed in Peru in clashes between military and Shining Path rebel group",
  sourceType: "news-article",
  publisher: A.aljazeera,
  language: "en",
  originator: A.army,
  originatorConnection: "official",
  summary:
    "Al Jazeera reports a clash at Putis, in Huanta province, Ayacucho, in which four soldiers and two alleged Shining Path members died, citing an army press release and President Dina Boluarte; it recalls a February attack that killed seven police officers.",
  excerpts: [
    { text: "At least four soldiers and two alleged members of the Shining Path rebel group have been killed in a clash", locator: "para. 1" },
    { text: "In February, seven law enforcement officers were also killed in the area", locator: "para. 11" },
  ],
  reliabilityNote:
    "The copy in the seed documents carries no date (it says only “on Monday” and “in February”) and ends with a “Source link”, so it may be a republished copy. Casualty figures come from the army.",
});

// ---------- Works the documents cite ----------

const ojo24 = source({
  slug: S.ojo24,
  title: "Violencia en el valle de la droga: grupo narcoterrorista de “José” es acusado de acribillar a 16 personas",
  sourceType: "investigative-report",
  publisher: A.ojoPublico,
  authors: ["Óscar Castilla C.", "Ralph Zapata"],
  published: day(2021, 5, 24),
  language: "es",
  originator: A.survivors,
  originatorConnection: "witness",
  summary:
    "First field report by Ojo Público: 16 people shot in two bars; a survivor describes attackers who said nothing before shooting, took money and phones and fled on motorcycles; a self-defence lieutenant explains why no one reacted.",
  excerpts: [
    { text: "grupo narcoterrorista de “José” es acusado de acribillar a 16 personas", locator: "title" },
    {
      text: "[t]here was no exchange of words, not even that they spare our lives. Nothing, nothing.",
      locator: "survivor, in Kohte's English translation (n. 5)",
    },
  ],
  reliabilityNote:
    VIA_KOHTE + " Ojo Público is one of two outlets that reported from the scene. Kohte prints the title without the colon after “droga”; it is added here.",
});

const ojo26 = source({
  slug: S.ojo26,
  title: "Voces desde la masacre: Vizcatán del Ene vive en duelo, abandonado y acechado por el narcotráfico",
  sourceType: "investigative-report",
  publisher: A.ojoPublico,
  authors: ["Óscar Castilla C.", "Ralph Zapata"],
  published: day(2021, 5, 26),
  language: "es",
  originator: A.hugoTorres,
  originatorConnection: "witness",
  summary:
    "Second Ojo Público report: residents of Vizcatán del Ene in mourning, the cut power and phone lines on the night of the attack, and the sense of abandonment voiced by the self-defence lieutenant Hugo Torres.",
  excerpts: [{ text: "Voces desde la masacre: Vizcatán del Ene vive en duelo, abandonado y acechado por el narcotráfico", locator: "title" }],
  reliabilityNote: VIA_KOHTE,
});

const hildebrandt = source({
  slug: S.hildebrandt,
  title: "Montaje en torno a una tragedia",
  sourceType: "investigative-report",
  publisher: A.hildebrandt,
  authors: ["Ricardo Velazco"],
  published: year(2021, "Cited as edition 541, year 12, with no date; the year follows from its subject."),
  language: "es",
  originator: A.survivors,
  originatorConnection: "witness",
  summary:
    "Field report in edition 541 arguing that the way the attack was carried out does not match Quispe Palomino's group; the mayor and prefect say no threats had been reported, and witnesses saw the attackers flee on motorcycles towards a military base.",
  excerpts: [{ text: "Montaje en torno a una tragedia", locator: "title" }],
  reliabilityNote: VIA_KOHTE + " Its title (“a set-up around a tragedy”) shows its thesis.",
});

const communique = source({
  slug: S.communique,
  title: "Comunicado N° 005-2021-CCFFAA: Organización Terrorista Sendero Luminoso Asesina A 14 Personas en el Vraem",
  sourceType: "official-statement",
  publisher: A.ccffaa,
  authors: ["Comando Conjunto de las Fuerzas Armadas del Perú"],
  published: day(2021, 5, 24),
  language: "es",
  originator: A.ccffaa,
  originatorConnection: "official",
  summary:
    "The Joint Command's statement, issued less than a day after the attack: the Shining Path killed 14 people in a “genocidal act”; it names Víctor Quispe Palomino as leader and says pamphlets at the scene urged people not to vote.",
  excerpts: [
    { text: "Organización Terrorista Sendero Luminoso Asesina A 14 Personas en el Vraem", locator: "title" },
    {
      text: "pamphlets were found in the place, which urged the population not to participate in the 2021 electoral process",
      locator: "as translated by Kohte (n. 15)",
    },
  ],
  reliabilityNote:
    "The party that is itself engaged against the group it blames, published before any investigation. Ojo Público called its reference to the Shining Path inaccurate; later military figures rose to 16. Kohte's note 14 gives the author as “Comando Conjunto de las Fuerzas Armas del Perú” (sic) and the number as “N 005-2021-CCFFAA”; this entry writes them “Armadas” and “N°”.",
  claims: [
    claim({
      id: "reliability-inaccurate",
      property: "reliability",
      value: { type: "text", text: "Its reference to the Shining Path is inaccurate" },
      assertedBy: A.ojoPublico,
      nature: "asserted",
      rank: "normal",
      citations: [cite(S.wiki, "Investigation", "an inaccurate reference to the Shining Path.")],
    }),
  ],
});

const elcomercio = source({
  slug: S.elcomercio,
  title: "Vraem: al menos 14 personas fueron asesinadas por miembros de Sendero Luminoso",
  sourceType: "news-article",
  publisher: A.elcomercio,
  published: day(2021, 5, 24),
  language: "es",
  originator: A.ccffaa,
  originatorConnection: "official",
  summary: "El Comercio's first report, repeating the Armed Forces' figure of at least 14 dead and the attribution to the Shining Path.",
  excerpts: [{ text: "al menos 14 personas fueron asesinadas por miembros de Sendero Luminoso", locator: "title" }],
  reliabilityNote: VIA_KOHTE + " Cited there as an example of coverage based on the army's version.",
});

const guardian = source({
  slug: S.guardian,
  title: "Peru: Shining Path splinter group kills 14 in pre-election jungle massacre",
  sourceType: "news-article",
  publisher: A.guardian,
  authors: ["Dan Collyns"],
  published: day(2021, 5, 24),
  language: "en",
  originator: A.ccffaa,
  originatorConnection: "official",
  summary: "The Guardian's report of 24 May 2021, giving the official toll of 14 and the attribution to a Shining Path splinter group.",
  excerpts: [{ text: "Shining Path splinter group kills 14 in pre-election jungle massacre", locator: "title" }],
  reliabilityNote: VIA_KOHTE + " Cited there as an example of coverage based on the army's version.",
});

const nyt = source({
  slug: S.nyt,
  title: "Peru Massacre Revives Trauma of Maoist Violence Ahead of Polarized Vote",
  sourceType: "news-article",
  publisher: A.nyt,
  authors: ["Anatoly Kurmanaev", "Mitra Taj"],
  published: day(2021, 5, 24),
  language: "en",
  summary: "The New York Times on the massacre and how it stirred memories of Maoist violence ahead of the polarised run-off.",
  excerpts: [{ text: "Peru Massacre Revives Trauma of Maoist Violence Ahead of Polarized Vote", locator: "title" }],
  reliabilityNote: VIA_KOHTE + " Cited there as an example of coverage based on the army's version.",
});

const pamphletPost = source({
  slug: S.pamphletPost,
  title: "Pamphlet dated 10 May 2021, circulated by Fernando Rospigliosi",
  sourceType: "social-media-post",
  authors: ["Fernando Rospigliosi"],
  published: day(2021, 5, 24),
  language: "es",
  originator: A.rospigliosi,
  originatorConnection: "third-party",
  summary:
    "A pamphlet with a hammer and sickle, dated 10 May 2021, calling anyone who votes for Keiko Fujimori a traitor; it was first circulated on social media by Fernando Rospigliosi, a member of Fujimori's campaign team. The platform is not named.",
  excerpts: [
    { text: "whoever votes in favour of Keiko Fujimori is a traitor, a murderer of the VRAEM, a murderer of Peru", locator: "as translated by Kohte (n. 16)" },
  ],
  reliabilityNote: VIA_KOHTE + " Circulated by a partisan of one candidate; its link to the leaflets found at the scene is not established by the sources.",
  claims: [
    claim({
      id: "date-on-pamphlet",
      property: "date",
      value: { type: "date", date: day(2021, 5, 10) },
      nature: "asserted",
      rank: "preferred",
      note: "The date printed on the pamphlet, not the date it was posted.",
      citations: [cite(S.kohte, "n. 16", "a pamphlet, dated of 10 May 2021, appeared and was shared on social media")],
    }),
  ],
});

const leaflets = source({
  slug: S.leaflets,
  title: "Leaflets signed by the MPCP found at San Miguel del Ene",
  sourceType: "other",
  authors: [],
  published: day(2021, 5, 10, "The date printed on the leaflets (InSight Crime); they were found after the attack of 23 May."),
  language: "es",
  originator: A.mpcp,
  originatorConnection: "perpetrator",
  summary:
    "Leaflets bearing a hammer and sickle and the MPCP's name, reported beside the bodies: they call for “cleaning” the VRAEM and Peru of groups they list, for a boycott of the 6 June run-off, and brand Fujimori's voters traitors.",
  excerpts: [
    { text: "clean VRAEM and Peru", locator: "as quoted by Wikipedia, Motives" },
    { text: "Rid the VRAEM of … parasites and corruption", locator: "as quoted by InSight Crime" },
  ],
  reliabilityNote:
    "Known only through reports; the originals have not been published in the seed documents. The originator is who signed them, not who is proven to have written them: their authorship is part of the dispute.",
  claims: [
    claim({
      id: "authorship-mpcp",
      property: "authorship",
      value: { type: "actor", actor: A.mpcp },
      assertedBy: A.ccffaa,
      nature: "asserted",
      rank: "normal",
      citations: [cite(S.kohte, "n. 15"), cite(S.doc003, undefined, "The pamphlets were signed by the Militarized Communist Party of Peru (MPCP)")],
    }),
    claim({
      id: "authorship-dircote",
      property: "authorship",
      value: { type: "actor", actor: A.shiningPath },
      assertedBy: A.dircote,
      nature: "estimated",
      rank: "normal",
      note: "A preliminary result: the language could have the features of the Shining Path's.",
      citations: [cite(S.wiki, "Investigation", "the leaflets could have the characteristics of the language used by Shining Path")],
    }),
  ],
});

const larepublica = source({
  slug: S.larepublica,
  title: "Terrorista “José” amenaza con más ataques a las fuerzas del orden",
  sourceType: "news-article",
  publisher: A.larepublica,
  published: day(2018, 6, 9),
  language: "es",
  originator: A.jose,
  originatorConnection: "perpetrator",
  summary:
    "La República's 2018 report of threats by Comrade José of further attacks on the security forces; Kohte cites it for the MPCP's split from the Shining Path.",
  excerpts: [{ text: "Terrorista “José” amenaza con más ataques a las fuerzas del orden", locator: "title" }],
  reliabilityNote: VIA_KOHTE,
});

const stateDept = source({
  slug: S.stateDept,
  title: "US Department of State material on the MPCP and Comrade José",
  sourceType: "official-statement",
  publisher: A.stateDept,
  language: "en",
  originator: A.stateDept,
  originatorConnection: "official",
  summary:
    "Kohte cites the US State Department, without a title, for the MPCP's involvement in cocaine trafficking; InSight Crime reports its reward of up to $5 million for Comrade José.",
  excerpts: [
    {
      text: "The State Department is offering a reward of up to $5 million for any information leading to José’s arrest and conviction.",
      locator: "as reported by InSight Crime",
    },
  ],
  reliabilityNote: "The citation in Kohte's note 20 lost its title and link; which State Department page is meant is unknown.",
});

const wapo = source({
  slug: S.wapo,
  title: "Peru’s military say Shining Path insurgents killed 16 civilians. Others are not so sure",
  sourceType: "news-article",
  publisher: A.wapo,
  authors: ["Jo-Marie Burt"],
  published: day(2021, 6, 5),
  language: "en",
  originator: A.burt,
  originatorConnection: "third-party",
  summary:
    "Analysis by Jo-Marie Burt: by early June the military's figure was 16, and she questions the rush to blame the Shining Path, reading it as an appeal to fear aimed at opposition to the conservative political establishment, the practice known as terruqueo.",
  excerpts: [{ text: "Peru’s military say Shining Path insurgents killed 16 civilians. Others are not so sure", locator: "title" }],
  reliabilityNote: "Known to this record through Wikipedia's summary and Kohte's note 20. An analysis piece.",
});

const expreso = source({
  slug: S.expreso,
  title: "Cerrón y el Vraem",
  sourceType: "news-article",
  publisher: A.expreso,
  authors: ["Fernando Rospigliosi"],
  published: day(2021, 5, 24),
  language: "es",
  originator: A.rospigliosi,
  originatorConnection: "third-party",
  summary: "Column by Fernando Rospigliosi, cited as an example of the claims linking Vladimir Cerrón to Quispe Palomino.",
  excerpts: [{ text: "Cerrón y el Vraem", locator: "title" }],
  reliabilityNote: VIA_KOHTE + " Opinion by a member of one candidate's campaign team.",
});

const publico = source({
  slug: S.publico,
  title: "Pedro Castillo, la difícil esperanza en Perú",
  sourceType: "news-article",
  publisher: A.publico,
  authors: ["Juan Manuel Robles"],
  published: day(2021, 5, 30),
  language: "es",
  summary: "Juan Manuel Robles on Pedro Castillo's candidacy; Kohte cites it for the attempts to link Castillo to Movadef.",
  excerpts: [{ text: "Pedro Castillo, la difícil esperanza en Perú", locator: "title" }],
  reliabilityNote: VIA_KOHTE,
});

const exitosa = source({
  slug: S.exitosa,
  title: "Rospigliosi sobre atentado en el VRAEM",
  sourceType: "video",
  publisher: A.exitosa,
  published: day(2021, 5, 25),
  language: "es",
  originator: A.rospigliosi,
  originatorConnection: "third-party",
  summary:
    "Exitosa Perú broadcast in which Fernando Rospigliosi says that, if elected, Fujimori's team would exterminate “these terrorists” within six months (around minute 2:35).",
  excerpts: [{ text: "Rospigliosi sobre atentado en el VRAEM", locator: "title" }],
  reliabilityNote: VIA_KOHTE,
});

const kakao = source({
  slug: S.kakao,
  title: "Kakao mot koka – ashaninkaenes motstandshistorie i Peru",
  sourceType: "news-article",
  publisher: A.torggata,
  authors: ["Anna Kohte"],
  published: day(2021, 5, 10),
  language: "no",
  originator: A.kohte,
  originatorConnection: "reporter",
  summary:
    "Kohte's earlier piece on the Asháninka people's resistance and cacao as an alternative to coca on the Ene river; also on the VRAEM's self-defence committees.",
  excerpts: [{ text: "Kakao mot koka – ashaninkaenes motstandshistorie i Peru", locator: "title" }],
  reliabilityNote: VIA_KOHTE,
});

const icProfile = source({
  slug: S.icProfile,
  title: "Shining Path Profile",
  sourceType: "other",
  publisher: A.insight,
  language: "en",
  summary: "InSight Crime's profile of the Shining Path, linked from its article on the massacre.",
  excerpts: [{ text: "SEE ALSO: Shining Path Profile", locator: "as linked in the article" }],
  reliabilityNote: "Only its title is known here, from a “see also” link.",
});

const icDeath = source({
  slug: S.icDeath,
  title: "Shining Path Commander's Death Strikes Blow to Peru Rebel Group",
  sourceType: "news-article",
  publisher: A.insight,
  language: "en",
  summary:
    "InSight Crime article on the death of a Shining Path commander, linked from its article on the massacre, which refers to the death of Jorge Quispe Palomino.",
  excerpts: [{ text: "SEE ALSO: Shining Path Commander's Death Strikes Blow to Peru Rebel Group", locator: "as linked in the article" }],
  reliabilityNote: "Only its title is known here, from a “see also” link.",
});

const armyPutis = source({
  slug: S.armyPutis,
  title: "Peruvian army press release on the clash in Huanta province",
  sourceType: "official-statement",
  publisher: A.army,
  language: "es",
  originator: A.army,
  originatorConnection: "official",
  summary:
    "The army's account of the clash near Putis: soldiers attacked in the early morning, two attackers and four soldiers killed, three soldiers wounded.",
  excerpts: [{ text: "During the confrontation, the security forces managed to kill two terrorist criminals", locator: "as quoted in English by Al Jazeera" }],
  reliabilityNote: "Known through Al Jazeera's quotation. The party to the clash gives the only figures.",
});

const boluartePutis = source({
  slug: S.boluartePutis,
  title: "Dina Boluarte's condolences for the soldiers killed in Putis",
  sourceType: "social-media-post",
  authors: ["Dina Boluarte"],
  language: "es",
  originator: A.boluarte,
  originatorConnection: "official",
  summary: "President Boluarte's social media post paying tribute to the four soldiers killed in Putis, Ayacucho, in a clash with “narcoterrorists”.",
  excerpts: [{ text: "four courageous members of the Peruvian army who died in Putis, Ayacucho", locator: "as quoted in English by Al Jazeera" }],
  reliabilityNote: "Known through Al Jazeera's quotation; the platform and date are not given.",
});

const amnesty = source({
  slug: S.amnesty,
  title: "Amnesty International report on the use of lethal force against protesters in Peru",
  sourceType: "investigative-report",
  publisher: A.amnesty,
  language: "en",
  originator: A.amnesty,
  originatorConnection: "third-party",
  summary:
    "Report, cited by Al Jazeera, accusing Peru's armed forces of using deadly force at higher rates in regions such as Ayacucho against poor, rural and Indigenous protesters.",
  excerpts: [{ text: "a blatant disregard for human life", locator: "as quoted by Al Jazeera" }],
  reliabilityNote: "Known through Al Jazeera; title and date are not given there.",
});

const cvrReport = source({
  slug: S.cvr,
  title: "Findings of Peru's Truth and Reconciliation Commission",
  sourceType: "other",
  publisher: A.cvr,
  language: "es",
  originator: A.cvr,
  originatorConnection: "official",
  summary:
    "The commission's findings that both the rebels and the military committed widespread human rights violations during the internal conflict, as cited by Al Jazeera.",
  excerpts: [{ text: "Widespread human rights violations were committed by both the rebels and the military", locator: "as summarised by Al Jazeera" }],
  reliabilityNote: "Known here only through Al Jazeera's one-line summary.",
});

const devidaCoca = source({
  slug: S.devidaCoca,
  title: "DEVIDA figures on coca cultivation in the VRAEM",
  sourceType: "official-statement",
  publisher: A.devida,
  language: "es",
  originator: A.devida,
  originatorConnection: "official",
  summary: "Figures from Peru's anti-drug agency, cited by InSight Crime, placing about half of the country's almost 55,000 hectares of coca in the VRAEM.",
  excerpts: [{ text: "around half of the Andean nation’s almost 55,000 hectares of coca crops are located", locator: "as reported by InSight Crime" }],
  reliabilityNote: "Known only through InSight Crime, which gives neither the title nor the year of the figures.",
});

const cocaReport2021 = source({
  slug: S.cocaReport2021,
  title: "2021 Peruvian government report on coca leaf production",
  sourceType: "official-statement",
  published: year(2021),
  language: "es",
  summary: "Government report, cited by Al Jazeera, estimating that 69.3 percent of Peru's coca leaf came from the VRAEM in the preceding year.",
  excerpts: [
    {
      text: "A 2021 government report estimated that 69.3 percent of the country’s total coca leaf production came from the valley",
      locator: "as reported by Al Jazeera",
    },
  ],
  reliabilityNote: "Known only through Al Jazeera, which names neither the agency nor the title.",
});

// Ojo Público's first report was entered from Kohte's citation, then completed with the survivor's words.
const ojo24First: SourceContent = { ...ojo24, excerpts: ojo24.excerpts.slice(0, 1) };
const ojo24Entry: SeedEntry = {
  kind: "source",
  history: [
    pub(ojo24First, "New source: Ojo Público's first field report, from Kohte's note 1", "editor2", "reviewer"),
    pub(ojo24, "Add the survivor's words as Kohte translates them", "editor", "admin"),
  ],
};

const single: SourceContent[] = [
  wiki,
  kohte,
  insight,
  doc003,
  aljazeera,
  ojo26,
  hildebrandt,
  communique,
  elcomercio,
  guardian,
  nyt,
  pamphletPost,
  leaflets,
  larepublica,
  stateDept,
  wapo,
  expreso,
  publico,
  exitosa,
  kakao,
  icProfile,
  icDeath,
  armyPutis,
  boluartePutis,
  amnesty,
  cvrReport,
  devidaCoca,
  cocaReport2021,
];

export const sourceEntries: SeedEntry[] = [ojo24Entry, ...single.map((s) => once("source", s, `New source: ${s.title}`.slice(0, 200)))];
