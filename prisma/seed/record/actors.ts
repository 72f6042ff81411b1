// Every person and organisation the five documents name, in our own words.
import type { SeedEntry } from "../types";
import { type ActorContent, claim, cite, day, month, nextPair, once, pub, year } from "./helpers";
import { A, S } from "./slugs";

type ActorInput = Partial<ActorContent> & Pick<ActorContent, "slug" | "title" | "nature" | "actorType" | "description">;
const actor = (a: ActorInput): ActorContent => ({ aliases: [], body: "", affiliations: [], claims: [], ...a });

const person = (slug: string, title: string, description: string, rest: Partial<ActorContent> = {}) =>
  actor({ slug, title, nature: "person", actorType: "other", description, ...rest });
const org = (slug: string, title: string, actorType: ActorContent["actorType"], description: string, rest: Partial<ActorContent> = {}) =>
  actor({ slug, title, nature: "organisation", actorType, description, ...rest });
const outlet = (slug: string, title: string, description: string, rest: Partial<ActorContent> = {}) => org(slug, title, "media-outlet", description, rest);

// ---------- Armed groups and their people ----------

const mpcp = org(
  A.mpcp,
  "Militarized Communist Party of Peru",
  "rebel-group",
  "Armed group that split from the Shining Path and operates in the VRAEM valley, led by Víctor Quispe Palomino (Comrade José). The Armed Forces named it as the perpetrator of the San Miguel del Ene attack.",
  {
    aliases: [
      { name: "MPCP", lang: "en" },
      { name: "Militarizado Partido Comunista del Perú", lang: "es" },
      { name: "Partido Comunista del Perú Militarizado", lang: "es" },
    ],
    body: [
      "The MPCP is a faction that broke away from the Maoist Shining Path. The Peruvian government keeps calling it by the old name, while Abimael Guzmán, the Shining Path's founder, does not recognise it [@" +
        S.doc003 +
        "].",
      "",
      "It operates in the Valley of the Apurímac, Ene and Mantaro rivers (VRAEM) and lives off the drug trade: taxing coca growers and guarding cocaine shipments, according to InSight Crime [@" +
        S.insight +
        "], sometimes in exchange for weapons [@" +
        S.doc003 +
        "]. Writers who follow the region stress that it should not be equated with the Shining Path of the 1980s and 1990s [@" +
        S.kohte +
        ", n. 21; @" +
        S.wapo +
        "].",
      "",
      "Leaflets signed with its name were reported at the scene of the San Miguel del Ene attack of May 2021 [@" + S.wiki + "; @" + S.doc003 + "].",
    ].join("\n"),
    affiliations: [
      {
        id: "splinter-of-shining-path",
        actor: A.shiningPath,
        relation: "splinter-of",
        citations: [cite(S.doc003, undefined, "a split from the Maoist terrorist organization Sendero Luminoso"), cite(S.kohte, "n. 19")],
      },
    ],
    claims: [
      claim({
        id: "leader-jose",
        property: "leader",
        value: { type: "actor", actor: A.jose },
        assertedBy: A.ccffaa,
        nature: "asserted",
        rank: "preferred",
        citations: [cite(S.kohte, "n. 14–15"), cite(S.insight, undefined, "the MPCP faction headed by Victor Quispe Palomino, alias “José,”")],
      }),
      claim({
        id: "members-2018",
        property: "members",
        value: { type: "range", low: 250, high: 300 },
        qualifiers: { category: "armed members", asOf: year(2018) },
        assertedBy: A.larepublica,
        nature: "estimated",
        rank: "preferred",
        citations: [cite(S.doc003, undefined, "the group had between 250 to 300 armed men and women")],
      }),
      claim({
        id: "activity-drug-trade",
        property: "activity",
        value: { type: "text", text: "Taxing coca growers and providing armed security for cocaine shipments" },
        assertedBy: A.insight,
        nature: "asserted",
        rank: "preferred",
        citations: [cite(S.insight, undefined, "taxing coca growers to providing armed security for cocaine shipments")],
      }),
      claim({
        id: "status-main-group",
        property: "status",
        value: { type: "text", text: "The main communist armed group in Peru since 2018, with a significant presence in the VRAEM" },
        nature: "asserted",
        rank: "preferred",
        citations: [cite(S.doc003, undefined, "Since 2018, the MPCP has been the main communist terrorist group in the country")],
      }),
    ],
  },
);

const shiningPath = org(
  A.shiningPath,
  "Shining Path",
  "rebel-group",
  "Maoist insurgent organisation that waged war on the Peruvian state from 1980; after its founder's capture in 1992 it broke up into small cells. Its name is still used by officials for the MPCP.",
  {
    aliases: [
      { name: "Sendero Luminoso", lang: "es" },
      { name: "Communist Party of Peru – Shining Path", lang: "en" },
    ],
    founded: year(1980, "The sources date its armed actions from 1980, not its founding."),
    body: [
      "Between 1980 and 2000 the Shining Path's campaign caused more than 30,000 deaths, according to one account [@" +
        S.doc003 +
        "]; Al Jazeera puts the toll of the wider conflict, including the state's counterinsurgency, at about 70,000 [@" +
        S.aljazeera +
        "].",
      "",
      "After Abimael Guzmán was captured in 1992 the organisation lost strength and shrank to a few cells [@" +
        S.doc003 +
        "]. Wikipedia's article on the 2021 attack describes it as long dissolved [@" +
        S.wiki +
        "], whereas Al Jazeera speaks of remnants still active in the VRAEM [@" +
        S.aljazeera +
        "].",
    ].join("\n"),
    claims: [
      claim({
        id: "status-dissolved",
        property: "status",
        value: { type: "text", text: "Long dissolved" },
        nature: "asserted",
        rank: "normal",
        citations: [cite(S.wiki, "Investigation", "the group had been long dissolved")],
      }),
      claim({
        id: "status-remnants",
        property: "status",
        value: { type: "text", text: "Remnants active in the VRAEM, with several hundred fighters" },
        assertedBy: A.aljazeera,
        nature: "estimated",
        rank: "preferred",
        citations: [cite(S.aljazeera, undefined, "remnants of the group have remained active, with several hundred fighters estimated to live in the VRAEM")],
      }),
      claim({
        id: "leader-guzman",
        property: "leader",
        value: { type: "actor", actor: A.guzman },
        nature: "asserted",
        rank: "preferred",
        citations: [cite(S.doc003, undefined, "the capture of its founder and leader Abimael Guzmán in 1992")],
      }),
    ],
  },
);

const jose = person(
  A.jose,
  "Víctor Quispe Palomino",
  "Leader of the Militarized Communist Party of Peru, known as Comrade José; wanted in the United States on drug trafficking and terrorism charges.",
  {
    actorType: "rebel-group",
    aliases: [
      { name: "Comrade José", lang: "en" },
      { name: "camarada José", lang: "es" },
      { name: "José", lang: "es" },
      { name: "Victor Quispe Palomino", lang: "en" },
    ],
    body: [
      "Víctor Quispe Palomino heads the MPCP; the Armed Forces communiqué of 24 May 2021 named him as the leader of the group it blamed for the San Miguel del Ene killings [@" +
        S.kohte +
        ", n. 14–15; @" +
        S.communique +
        "].",
      "",
      "He and his brother Jorge were indicted in New York in 2014, and the US State Department offers up to $5 million for information leading to his arrest [@" +
        S.insight +
        "]. The DEA regards him as the head of a narco-terrorist organisation [@" +
        S.doc003 +
        "].",
    ].join("\n"),
    affiliations: [
      {
        id: "leader-of-mpcp",
        actor: A.mpcp,
        relation: "leader-of",
        citations: [cite(S.insight, undefined, "the MPCP faction headed by Victor Quispe Palomino"), cite(S.doc003)],
      },
      {
        id: "sibling-of-raul",
        actor: A.raul,
        relation: "sibling-of",
        citations: [cite(S.insight, undefined, "José - the late Raúl’s brother")],
      },
    ],
    claims: [
      claim({
        id: "status-indicted",
        property: "status",
        value: { type: "text", text: "Indicted in New York in 2014 on drug trafficking, weapons and terrorism charges" },
        nature: "asserted",
        rank: "preferred",
        citations: [cite(S.insight, undefined, "Both brothers were indicted in New York in 2014")],
      }),
    ],
  },
);

// The change waiting for review: an editor adds the US reward and the DEA's view.
const joseRevised: ActorContent = {
  ...jose,
  claims: [
    ...jose.claims,
    claim({
      id: "status-reward",
      property: "status",
      value: { type: "text", text: "Subject of a US reward of up to $5 million for information leading to his arrest and conviction" },
      assertedBy: A.stateDept,
      nature: "asserted",
      citations: [cite(S.insight, undefined, "a reward of up to $5 million for any information leading to José’s arrest and conviction")],
    }),
    claim({
      id: "role-narco-leader",
      property: "role",
      value: { type: "text", text: "Leader of a narco-terrorist organisation" },
      assertedBy: A.dea,
      nature: "alleged",
      citations: [cite(S.doc003, undefined, "whom it considers the leader of a narco-terrorist organization")],
    }),
  ],
};

const raul = person(
  A.raul,
  "Jorge Quispe Palomino",
  "Second-in-command of the MPCP, known as Comrade Raúl, brother of Víctor Quispe Palomino; his death in early 2021 was reported.",
  {
    actorType: "rebel-group",
    aliases: [
      { name: "Comrade Raúl", lang: "en" },
      { name: "camarada Raúl", lang: "es" },
      { name: "Raúl", lang: "es" },
    ],
    dissolved: month(
      2021,
      1,
      "A source says he died “last January” and another “earlier this year”, writing about the May 2021 massacre; neither gives the year outright.",
    ),
    body:
      "Jorge Quispe Palomino was the MPCP's second-in-command. One report says he died in January after a long kidney disease, while the army claims to have wounded him in an exchange of fire [@" +
      S.doc003 +
      "]. InSight Crime reads the San Miguel del Ene massacre as a sign of a faction weakened by his death [@" +
      S.insight +
      "].",
    affiliations: [
      {
        id: "member-of-mpcp",
        actor: A.mpcp,
        relation: "member-of",
        note: "Second-in-command.",
        citations: [cite(S.insight, undefined, "their second-in-command, Jorge Quispe Palomino, alias “Raúl.”")],
      },
      {
        id: "sibling-of-jose",
        actor: A.jose,
        relation: "sibling-of",
        citations: [cite(S.doc003, undefined, "the death of his brother Jorge -alias Comrade Raúl-")],
      },
    ],
    claims: [
      claim({
        id: "status-died-illness",
        property: "status",
        value: { type: "text", text: "Died in January after a long kidney disease" },
        nature: "asserted",
        rank: "preferred",
        citations: [cite(S.doc003, undefined, "last January after a long kidney disease")],
      }),
      claim({
        id: "status-wounded-by-army",
        property: "status",
        value: { type: "text", text: "Wounded by the army in an exchange of fire" },
        assertedBy: A.army,
        nature: "claimed-responsibility",
        citations: [cite(S.doc003, undefined, "the army claims to have injured him in a fire exchange")],
      }),
    ],
  },
);

const vilma = person(A.vilma, "Comrade Vilma", "MPCP figure with close ties to Comrade José who called for a boycott of Peru's 2021 elections.", {
  actorType: "rebel-group",
  aliases: [{ name: "camarada Vilma", lang: "es" }],
  body:
    "Before both rounds of the 2021 presidential election Comrade Vilma called for a boycott, singling out Keiko Fujimori, and before the first round Ollanta Humala too, as enemies of her organisation [@" +
    S.wiki +
    ", Background]. The sources give no other name for her.",
  affiliations: [
    {
      id: "member-of-mpcp",
      actor: A.mpcp,
      relation: "member-of",
      note: "Described as having close ties to Comrade José.",
      citations: [cite(S.wiki, "Background", "has close ties to Comrade José")],
    },
  ],
  claims: [
    claim({
      id: "role-boycott",
      property: "role",
      value: { type: "text", text: "Called for a boycott of the 2021 elections" },
      nature: "asserted",
      rank: "preferred",
      citations: [cite(S.wiki, "Background", "called for a boycott of the elections")],
    }),
  ],
});

const guzman = person(
  A.guzman,
  "Abimael Guzmán",
  "Founder and leader of the Shining Path, captured in 1992; in prison he renounced violence and does not recognise the MPCP.",
  {
    actorType: "rebel-group",
    body:
      "Guzmán founded and led the Shining Path, which behaved almost like a sect around him; after his capture in 1992 he renounced violence, and he does not recognise the MPCP [@" +
      S.doc003 +
      "].",
    affiliations: [
      {
        id: "leader-of-shining-path",
        actor: A.shiningPath,
        relation: "leader-of",
        end: year(1992, "Captured in 1992."),
        citations: [cite(S.doc003, undefined, "its founder and leader Abimael Guzmán")],
      },
    ],
  },
);

// ---------- Peruvian state ----------

const armedForces = org(
  A.armedForces,
  "Armed Forces of Peru",
  "state-forces",
  "Peru's military. Its statement on the San Miguel del Ene attack named the Shining Path as perpetrator before any investigation.",
  {
    aliases: [{ name: "Fuerzas Armadas del Perú", lang: "es" }],
    body:
      "The Armed Forces put out their account of the attack within a day, before any investigation [@" +
      S.wiki +
      ", Investigation; @" +
      S.kohte +
      ", n. 14]. Most national and international coverage followed that version [@" +
      S.kohte +
      ", n. 3].",
  },
);
const ccffaa = org(
  A.ccffaa,
  "Joint Command of the Armed Forces of Peru",
  "state-forces",
  "Command of Peru's Armed Forces that issued communiqué 005-2021-CCFFAA on the San Miguel del Ene killings.",
  {
    aliases: [
      { name: "Comando Conjunto de las Fuerzas Armadas del Perú", lang: "es" },
      { name: "CCFFAA", lang: "es" },
      { name: "Armed Forces Joint Command", lang: "en" },
    ],
    body:
      "On 24 May 2021 the Joint Command blamed the “Terrorist Organization Shining Path” for killing 14 people and named Víctor Quispe Palomino as its leader [@" +
      S.communique +
      "; @" +
      S.kohte +
      ", n. 14–15].",
    affiliations: [{ id: "part-of-armed-forces", actor: A.armedForces, relation: "part-of", citations: [cite(S.kohte, "n. 14")] }],
  },
);
const army = org(
  A.army,
  "Peruvian Army",
  "state-forces",
  "Peru's land force; it reports clashes with armed groups in the VRAEM and its version of the 2021 massacre dominated early coverage.",
  {
    aliases: [{ name: "Ejército del Perú", lang: "es" }],
    affiliations: [
      {
        id: "part-of-armed-forces",
        actor: A.armedForces,
        relation: "part-of",
        citations: [cite(S.kohte, "n. 3", "based upon the Army’s version of the affair")],
      },
    ],
  },
);
const police = org(
  A.police,
  "National Police of Peru",
  "state-forces",
  "Peru's national police; its commander confirmed the attack and it warned that responsibility should be established by a full investigation.",
  {
    aliases: [
      { name: "Policía Nacional del Perú", lang: "es" },
      { name: "PNP", lang: "es" },
    ],
  },
);
const dircote = org(
  A.dircote,
  "Counter Terrorism Directorate",
  "state-forces",
  "Directorate that made the first analysis of the leaflets found at San Miguel del Ene.",
  {
    aliases: [
      { name: "Dirección contra el Terrorismo", lang: "es" },
      { name: "DIRCOTE", lang: "es" },
    ],
    affiliations: [
      {
        id: "part-of-police",
        actor: A.police,
        relation: "part-of",
        note: "Not stated in the seed documents: Wikipedia names the directorate in its account of the investigation, next to the police's caution, without saying which body it belongs to.",
        citations: [cite(S.wiki, "Investigation")],
      },
    ],
  },
);
const mindef = org(
  A.mindef,
  "Ministry of Defense of Peru",
  "government-body",
  "Peruvian ministry; it attributed the attack to the Shining Path faction led by Comrade José and gave a toll of 14.",
  {
    aliases: [{ name: "Ministerio de Defensa", lang: "es" }],
  },
);
const mininter = org(
  A.mininter,
  "Ministry of the Interior of Peru",
  "government-body",
  "Peruvian ministry in charge of the police; it called a February attack in the VRAEM the deadliest on police in a decade.",
  {
    aliases: [{ name: "Ministerio del Interior", lang: "es" }],
  },
);
const prosecution = org(
  A.prosecution,
  "Public Prosecution Service of Peru",
  "government-body",
  "Peru's prosecution service; it announced that a specialised terrorism prosecutor would take charge of the investigation of the San Miguel del Ene attack.",
  {
    aliases: [{ name: "Ministerio Público", lang: "es" }],
  },
);
const terrorismProsecutor = org(
  A.terrorismProsecutor,
  "Huánuco and Selva Central prosecutor's office for terrorism and crimes against humanity",
  "government-body",
  "Specialised prosecutor's office that, the Public Prosecution Service announced, would take charge of the investigation into the San Miguel del Ene attack.",
  { affiliations: [{ id: "part-of-prosecution", actor: A.prosecution, relation: "part-of", citations: [cite(S.wiki, "Investigation")] }] },
);
const devida = org(A.devida, "DEVIDA", "government-body", "Peru's anti-drug agency, whose figures place about half of the country's coca crops in the VRAEM.", {
  aliases: [{ name: "Comisión Nacional para el Desarrollo y Vida Sin Drogas", lang: "es" }],
});
const cvr = org(
  A.cvr,
  "Truth and Reconciliation Commission",
  "government-body",
  "Peruvian commission that examined the internal conflict and found widespread abuses by both the rebels and the military.",
  {
    aliases: [{ name: "Comisión de la Verdad y Reconciliación", lang: "es" }],
  },
);
const cervantes = person(
  A.cervantes,
  "César Cervantes",
  "General, commander general of the National Police of Peru in May 2021; he confirmed the San Miguel del Ene attack and its toll of 18.",
  {
    actorType: "state-forces",
    affiliations: [
      {
        id: "leader-of-police",
        actor: A.police,
        relation: "leader-of",
        note: "Commander general.",
        citations: [cite(S.wiki, "Investigation", "commander general of the National Police of Peru")],
      },
    ],
  },
);
const bermudez = person(A.bermudez, "Violeta Bermúdez", "Prime Minister of Peru in May 2021; she condemned the attack.", { actorType: "government-body" });
const esparch = person(
  A.esparch,
  "Nuria Esparch",
  "Defense Minister of Peru in May 2021; she condemned the attack and said the election would go ahead normally.",
  {
    actorType: "government-body",
    affiliations: [{ id: "leader-of-mindef", actor: A.mindef, relation: "leader-of", note: "Defense Minister.", citations: [cite(S.wiki, "Reactions")] }],
  },
);
const boluarte = person(
  A.boluarte,
  "Dina Boluarte",
  "President of Peru at the time of the Putis clash; she promised a frontal fight against what she calls narcoterrorism in the VRAEM.",
  {
    actorType: "government-body",
  },
);

// ---------- United States ----------

const stateDept = org(
  A.stateDept,
  "US Department of State",
  "government-body",
  "The US foreign ministry; it offers a reward of up to $5 million for information leading to Comrade José's arrest.",
  {
    aliases: [{ name: "State Department", lang: "en" }],
  },
);
const dea = org(
  A.dea,
  "Drug Enforcement Administration",
  "government-body",
  "US drug enforcement agency; it considers Comrade José the leader of a narco-terrorist organisation.",
  {
    aliases: [{ name: "DEA", lang: "en" }],
  },
);

// ---------- Politics ----------

const popularForce = org(
  A.popularForce,
  "Popular Force",
  "political-party",
  "Right-wing Peruvian party whose candidate, Keiko Fujimori, contested the June 2021 run-off.",
  {
    aliases: [{ name: "Fuerza Popular", lang: "es" }],
  },
);
const freePeru = org(A.freePeru, "Free Peru", "political-party", "Left-wing Peruvian party whose candidate, Pedro Castillo, contested the June 2021 run-off.", {
  aliases: [{ name: "Perú Libre", lang: "es" }],
});
const movadef = org(
  A.movadef,
  "Movadef",
  "political-party",
  "Peruvian movement seeking an amnesty for imprisoned Shining Path leaders; Pedro Castillo was linked to it in the 2021 campaign.",
  {
    aliases: [{ name: "MOVADEF", lang: "es" }],
  },
);
const fujimori = person(
  A.fujimori,
  "Keiko Fujimori",
  "Right-wing presidential candidate of Popular Force in 2021; the leaflets found at the scene called voting for her treason.",
  {
    actorType: "political-party",
    body:
      "Fujimori condemned the attack at a press conference in Tarapoto and later tried to link her opponent to it [@" +
      S.wiki +
      ", Reactions]. Her campaign presented her election as a defence against communism and terrorism [@" +
      S.kohte +
      "].",
    affiliations: [
      {
        id: "member-of-popular-force",
        actor: A.popularForce,
        relation: "member-of",
        note: "Presidential candidate.",
        citations: [cite(S.wiki, "Reactions", "presidential candidate of Popular Force")],
      },
    ],
  },
);
const castillo = person(A.castillo, "Pedro Castillo", "Left-wing presidential candidate of Free Peru in 2021, later president; impeached in 2022.", {
  actorType: "political-party",
  body:
    "Castillo regretted the killings at a rally in Huánuco and urged the police to investigate [@" +
    S.wiki +
    ", Reactions]; InSight Crime reports that he called them a terrorist act [@" +
    S.insight +
    "]. He has been linked to Movadef [@" +
    S.kohte +
    ", n. 26; @" +
    S.publico +
    "]. Al Jazeera refers to his impeachment in 2022 [@" +
    S.aljazeera +
    "].",
  affiliations: [
    {
      id: "member-of-free-peru",
      actor: A.freePeru,
      relation: "member-of",
      note: "Presidential candidate.",
      citations: [cite(S.wiki, "Reactions", "presidential candidate of Free Peru")],
    },
  ],
});
const cerron = person(A.cerron, "Vladimir Cerrón", "Founder and Secretary General of Free Peru; he posted and then deleted a tweet about the attack.", {
  actorType: "political-party",
  affiliations: [
    {
      id: "leader-of-free-peru",
      actor: A.freePeru,
      relation: "leader-of",
      note: "Secretary General (Wikipedia); founder (Kohte).",
      citations: [cite(S.wiki, "Reactions", "Secretary General of Free Peru"), cite(S.kohte, undefined, "founder of Castillo’s party ‘Perú Libre’")],
    },
  ],
});
const rospigliosi = person(
  A.rospigliosi,
  "Fernando Rospigliosi",
  "Security expert on Keiko Fujimori's 2021 campaign team; he was the first to blame the Shining Path for the massacre.",
  {
    actorType: "political-party",
    body:
      "Rospigliosi blamed the Shining Path before any police statement [@" +
      S.kohte +
      ", n. 27; @" +
      S.hildebrandt +
      "], first circulated a pamphlet dated 10 May [@" +
      S.pamphletPost +
      "], wrote about Cerrón and the VRAEM in *Expreso* [@" +
      S.expreso +
      "] and said on Exitosa that, if elected, they planned to exterminate “these terrorists” within six months [@" +
      S.exitosa +
      "].",
    affiliations: [
      {
        id: "member-of-popular-force-campaign",
        actor: A.popularForce,
        relation: "member-of",
        note: "Member of Keiko Fujimori's campaign team.",
        citations: [cite(S.kohte, "n. 16", "member of Keiko Fujimoris campaign team")],
      },
    ],
  },
);
const humala = person(
  A.humala,
  "Ollanta Humala",
  "Peruvian politician and candidate in the first round of the 2021 presidential election; Comrade Vilma named him a direct enemy.",
  {
    actorType: "political-party",
  },
);

// ---------- Local people and organisations ----------

const atao = person(
  A.atao,
  "Alejandro Atao",
  "Mayor of Vizcatán del Ene district; he told Hildebrandt en sus trece he did not believe the army's version of the attack.",
  {
    actorType: "government-body",
  },
);
const prefect = person(
  A.prefect,
  "Prefect of Vizcatán del Ene district",
  "The district's prefect, not named in the sources; cited with the mayor as saying the bar owners had reported no threats.",
  {
    actorType: "government-body",
  },
);
const selfDefence = org(
  A.selfDefence,
  "Self-defence committee of Vizcatán del Ene",
  "community-organisation",
  "Local self-defence unit of the communities around San Miguel del Ene; it could not react on the night of the attack.",
  {
    aliases: [{ name: "comité de autodefensa", lang: "es" }],
  },
);
const hugoTorres = person(
  A.hugoTorres,
  "Hugo Torres",
  "Lieutenant of the local self-defence committee; he heard the shots but could not react because power and phone lines were cut.",
  {
    actorType: "community-organisation",
    affiliations: [
      {
        id: "member-of-self-defence",
        actor: A.selfDefence,
        relation: "member-of",
        note: "Lieutenant.",
        citations: [cite(S.kohte, "n. 11", "a lieutenant of the local self-defence committee")],
      },
    ],
  },
);
const ashaninka = org(
  A.ashaninka,
  "Asháninka people of the Ene river",
  "civilians",
  "Indigenous people living along the Ene river, whose leaders call for ways of making a living other than coca.",
);
const valerio = person(A.valerio, "Ángel Pedro Valerio", "Asháninka indigenous leader on the Ene river who argues for sustainable alternatives to coca.", {
  actorType: "community-organisation",
  affiliations: [
    {
      id: "leader-of-ashaninka",
      actor: A.ashaninka,
      relation: "leader-of",
      note: "Indigenous leader.",
      citations: [cite(S.kohte, "n. 29", "indigenous leader of the Asháninka people living on the Ene river")],
    },
  ],
});
const victims = org(
  A.victims,
  "Victims of the San Miguel del Ene attack",
  "civilians",
  "The people killed in two bars at San Miguel del Ene on 23 May 2021: men, women and children, among them a four-year-old girl and a toddler.",
);
const survivors = org(
  A.survivors,
  "Survivors and witnesses of the San Miguel del Ene attack",
  "civilians",
  "The people who survived the shooting and local residents who spoke to Ojo Público and Hildebrandt en sus trece.",
);
const episcopal = org(A.episcopal, "Episcopal Conference of Peru", "other", "Assembly of Peru's Catholic bishops; it condemned the attack.", {
  aliases: [{ name: "Conferencia Episcopal Peruana", lang: "es" }],
});
const amnesty = org(
  A.amnesty,
  "Amnesty International",
  "ngo",
  "International human rights organisation; it accused Peru's armed forces of using deadly force disproportionately against protesters in regions such as Ayacucho.",
  {
    wikidataId: "Q42970",
  },
);

// ---------- Media and writers ----------

const wikipedia = outlet(
  A.wikipedia,
  "Wikipedia",
  "Collaboratively written online encyclopedia; its English article on the San Miguel del Ene attack is one of the seed documents.",
  {
    actorType: "other",
    wikidataId: "Q52",
  },
);
const ojoPublico = outlet(
  A.ojoPublico,
  "Ojo Público",
  "Peruvian investigative journalism website; one of two outlets that reported from the scene and interviewed survivors.",
  {
    aliases: [
      { name: "OjoPúblico", lang: "es" },
      { name: "Ojo Publico", lang: "es" },
    ],
  },
);
const hildebrandt = outlet(
  A.hildebrandt,
  "Hildebrandt en sus trece",
  "Independent Peruvian publication; its field report concluded that the attack did not resemble the work of Quispe Palomino's group.",
);
const wapo = outlet(A.wapo, "The Washington Post", "US daily newspaper; it published Jo-Marie Burt's analysis of the attack on 5 June 2021.", {
  wikidataId: "Q166032",
});
const aljazeera = outlet(A.aljazeera, "Al Jazeera", "International news network; it reported the clash at Putis between the army and Shining Path remnants.");
const insight = outlet(
  A.insight,
  "InSight Crime",
  "Organisation that researches and reports on organised crime in Latin America; it analysed the massacre as a sign of a weakened MPCP.",
);
const torggata = outlet(A.torggata, "Torggata Blad", "Norwegian publication where Anna Milena Kohte wrote about the VRAEM and the massacre.");
const elcomercio = outlet(A.elcomercio, "El Comercio", "Peruvian daily newspaper; its first report gave at least 14 dead, attributed to the Shining Path.");
const guardian = outlet(A.guardian, "The Guardian", "British daily newspaper; it reported 14 killed by a Shining Path splinter group.", {
  wikidataId: "Q11148",
});
const nyt = outlet(A.nyt, "The New York Times", "US daily newspaper; it reported the massacre as reviving the trauma of Maoist violence before the vote.", {
  wikidataId: "Q9684",
});
const larepublica = outlet(
  A.larepublica,
  "La República",
  "Peruvian daily newspaper; it reported Comrade José's threats and estimates of the MPCP's strength in 2018.",
);
const expreso = outlet(A.expreso, "Expreso", "Peruvian daily newspaper; it published Fernando Rospigliosi's column linking Vladimir Cerrón to the VRAEM.");
const publico = outlet(A.publico, "Público", "Spanish online newspaper; it published Juan Manuel Robles on Pedro Castillo in May 2021.");
const exitosa = outlet(
  A.exitosa,
  "Exitosa Perú",
  "Peruvian news outlet; Kohte cites a recording from it, with a minute mark, of Fernando Rospigliosi's comments after the attack.",
  {
    aliases: [{ name: "Exitosa", lang: "es" }],
  },
);
const ap = outlet(A.ap, "Associated Press", "US news agency; credited for the photograph illustrating InSight Crime's article.", {
  aliases: [{ name: "AP", lang: "en" }],
});
const reuters = outlet(A.reuters, "Reuters", "International news agency; credited for a photograph of Dina Boluarte in Al Jazeera's report.");

const journalist = (slug: string, title: string, description: string, outletSlug: string, citations: ActorContent["affiliations"][number]["citations"]) =>
  person(slug, title, description, {
    actorType: "media-outlet",
    affiliations: [{ id: `member-of-${outletSlug}`, actor: outletSlug, relation: "member-of", citations }],
  });

const kohte = person(
  A.kohte,
  "Anna Milena Kohte",
  "Writer for Torggata Blad on Peru's VRAEM region; author of a piece questioning the official account of the massacre.",
  {
    actorType: "media-outlet",
    aliases: [{ name: "Anna Kohte", lang: "no" }],
    affiliations: [
      {
        id: "member-of-torggata-blad",
        actor: A.torggata,
        relation: "member-of",
        note: "Contributor.",
        citations: [cite(S.kohte, undefined, "Lately in Torggata Blad, I have written")],
      },
    ],
  },
);
const castilla = journalist(
  A.castilla,
  "Óscar Castilla",
  "Ojo Público journalist, co-author of its reports of 24 and 26 May 2021 from Vizcatán del Ene.",
  A.ojoPublico,
  [cite(S.kohte, "n. 1")],
);
const zapata = journalist(
  A.zapata,
  "Ralph Zapata",
  "Ojo Público journalist, co-author of its reports of 24 and 26 May 2021 from Vizcatán del Ene.",
  A.ojoPublico,
  [cite(S.kohte, "n. 1")],
);
const velazco = journalist(
  A.velazco,
  "Ricardo Velazco",
  "Hildebrandt en sus trece journalist, author of the field report “Montaje en torno a una tragedia”.",
  A.hildebrandt,
  [cite(S.kohte, "n. 4")],
);
const collyns = journalist(A.collyns, "Dan Collyns", "Journalist who reported the massacre for The Guardian on 24 May 2021.", A.guardian, [
  cite(S.kohte, "n. 3"),
]);
const kurmanaev = journalist(A.kurmanaev, "Anatoly Kurmanaev", "New York Times journalist, co-author of its 24 May 2021 report on the massacre.", A.nyt, [
  cite(S.kohte, "n. 3"),
]);
const taj = journalist(A.taj, "Mitra Taj", "New York Times journalist, co-author of its 24 May 2021 report on the massacre.", A.nyt, [cite(S.kohte, "n. 3")]);
const robles = journalist(A.robles, "Juan Manuel Robles", "Writer of a 30 May 2021 piece in Público on Pedro Castillo's candidacy.", A.publico, [
  cite(S.kohte, "n. 26"),
]);
const abd = journalist(A.abd, "Rodrigo Abd", "Associated Press photographer credited for the top photo of InSight Crime's article.", A.ap, [
  cite(S.insight, undefined, "Top photo: Rodrigo Abd, Associated Press (AP)"),
]);
const ponce = journalist(A.ponce, "Angela Ponce", "Reuters photographer credited for the picture of Dina Boluarte in Al Jazeera's report.", A.reuters, [
  cite(S.aljazeera, undefined, "[File: Angela Ponce/Reuters]"),
]);
const burt = person(
  A.burt,
  "Jo-Marie Burt",
  "Author of an analysis in The Washington Post (5 June 2021) that questioned the hurried attribution of the massacre to the Shining Path.",
  {
    actorType: "other",
    body:
      "Burt argued that the haste with which the military and the Peruvian media blamed the Shining Path was an appeal to fear aimed at the opposition to the conservative establishment, the practice known in Peru as *terruqueo* [@" +
      S.wiki +
      ", Investigation; @" +
      S.wapo +
      "].",
  },
);

// ---------- Histories ----------

const [joseAuthor, joseReviewer] = nextPair();
const joseEntry: SeedEntry = {
  kind: "actor",
  history: [
    pub(jose, "New actor: the MPCP's leader, from InSight Crime and the DEA-sourced report", joseAuthor, joseReviewer),
    { content: joseRevised, summary: "Add the US reward and the DEA's description as claims", author: "editor2", state: "in-review" },
  ],
};

// The MPCP entry went through two published revisions: the strength estimate came later.
const mpcpFirst: ActorContent = { ...mpcp, claims: mpcp.claims.filter((c) => c.id !== "members-2018") };
const mpcpEntry: SeedEntry = {
  kind: "actor",
  history: [
    pub(mpcpFirst, "New actor: the MPCP, the Shining Path splinter named by the Armed Forces", "editor", "reviewer"),
    pub(mpcp, "Add La República's 2018 estimate of armed members (via the MPCP article)", "editor2", "admin"),
  ],
};

const single: ActorContent[] = [
  shiningPath,
  raul,
  vilma,
  guzman,
  armedForces,
  ccffaa,
  army,
  police,
  dircote,
  mindef,
  mininter,
  prosecution,
  terrorismProsecutor,
  devida,
  cvr,
  cervantes,
  bermudez,
  esparch,
  boluarte,
  stateDept,
  dea,
  popularForce,
  freePeru,
  movadef,
  fujimori,
  castillo,
  cerron,
  rospigliosi,
  humala,
  atao,
  prefect,
  selfDefence,
  hugoTorres,
  ashaninka,
  valerio,
  victims,
  survivors,
  episcopal,
  amnesty,
  wikipedia,
  ojoPublico,
  hildebrandt,
  wapo,
  aljazeera,
  insight,
  torggata,
  elcomercio,
  guardian,
  nyt,
  larepublica,
  expreso,
  publico,
  exitosa,
  ap,
  reuters,
  kohte,
  castilla,
  zapata,
  velazco,
  collyns,
  kurmanaev,
  taj,
  robles,
  abd,
  ponce,
  burt,
];

export const actorEntries: SeedEntry[] = [mpcpEntry, joseEntry, ...single.map((a) => once("actor", a, `New actor: ${a.title}`))];

// Dates used by other files (kept here so they stay consistent).
export const ATTACK_DAY = day(2021, 5, 23);
