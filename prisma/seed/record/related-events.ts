// The other events the documents mention, each dated only as precisely as its source allows.
import type { SeedEntry } from "../types";
import { type EventContent, claim, cite, day, month, notGiven, once, year } from "./helpers";
import { A, E, S } from "./slugs";

type EventInput = Partial<EventContent> & Pick<EventContent, "slug" | "title" | "eventType" | "date" | "place" | "summary">;
export const event = (e: EventInput): EventContent => ({
  aliases: [],
  body: "",
  grade: "weak",
  investigation: { status: "unknown" },
  participants: [],
  timeline: [],
  related: [],
  claims: [],
  ...e,
});

const PERU_UNSPECIFIED = { name: "Peru (place not given in the sources)", country: "Peru", precision: "country" as const };

const huarcatan = event({
  slug: E.huarcatan,
  title: "Huarcatán killings",
  aliases: [{ name: "Huarcatán murders", lang: "en" }],
  eventType: { category: "Violence against civilians", subtype: "Attack" },
  date: { start: month(2021, 3) },
  place: { name: "Huarcatán", region: "VRAEM", country: "Peru", precision: "near" },
  summary:
    "In March 2021 armed groups in the VRAEM killed four members of one family in Huarcatán, accusing them of informing for the police. Wikipedia's article on the San Miguel del Ene attack gives it as background.",
  body:
    "Four members of a family were killed in Huarcatán in March 2021 by groups operating in the VRAEM, who accused them of being police informers [@" +
    S.wiki +
    ", Background]. The source names no group and gives no exact day.",
  claims: [
    claim({
      id: "fatalities-4",
      property: "fatalities",
      value: { type: "number", value: 4 },
      nature: "asserted",
      rank: "preferred",
      citations: [cite(S.wiki, "Background", "killed four family members in March 2021 in Huarcatán")],
    }),
    claim({
      id: "motive-informers",
      property: "motive",
      value: { type: "text", text: "Accused of being police informers" },
      nature: "alleged",
      rank: "preferred",
      citations: [cite(S.wiki, "Background", "accusing them of being police informers")],
    }),
    claim({
      id: "perpetrator-vraem-groups",
      property: "perpetrator",
      value: { type: "text", text: "Armed groups in the VRAEM (not named)" },
      nature: "asserted",
      rank: "preferred",
      citations: [cite(S.wiki, "Background", "Groups in VRAEM")],
    }),
  ],
  related: [{ event: E.main, relation: "followed-by", note: "Two months later." }],
});

const convoy2008 = event({
  slug: E.convoy2008,
  title: "2008 attack on a military convoy",
  eventType: { category: "Battles", subtype: "Armed clash" },
  date: { start: year(2008) },
  place: PERU_UNSPECIFIED,
  summary: "In 2008 the Shining Path attacked a military convoy, killing 19 people. One report calls San Miguel del Ene its biggest blow since then.",
  body:
    "The only source for this event is a passing comparison: the San Miguel del Ene massacre is described as the Shining Path's biggest strike since 2008, when it attacked a military convoy and killed 19 people [@" +
    S.doc003 +
    "]. The place and day are not given.",
  participants: [
    { id: "shining-path", actor: A.shiningPath, role: "alleged-perpetrator", citations: [cite(S.doc003)] },
    { id: "armed-forces", actor: A.armedForces, role: "target", note: "A military convoy.", citations: [cite(S.doc003)] },
  ],
  claims: [
    claim({
      id: "fatalities-19",
      property: "fatalities",
      value: { type: "number", value: 19 },
      nature: "asserted",
      rank: "preferred",
      citations: [cite(S.doc003, undefined, "when the terrorist group attacked a military convoy, killing 19 people")],
    }),
    claim({
      id: "perpetrator-shining-path",
      property: "perpetrator",
      value: { type: "actor", actor: A.shiningPath },
      nature: "asserted",
      rank: "preferred",
      citations: [cite(S.doc003)],
    }),
    claim({
      id: "target-convoy",
      property: "target",
      value: { type: "text", text: "A military convoy" },
      nature: "asserted",
      rank: "preferred",
      citations: [cite(S.doc003)],
    }),
  ],
  related: [{ event: E.main, relation: "see-also", note: "Compared in scale." }],
});

const hatunAsha = event({
  slug: E.hatunAsha,
  title: "Hatun Asha ambush",
  eventType: { category: "Battles", subtype: "Armed clash" },
  date: { start: year(2016, "The source says only that it happened during the 2016 general election.") },
  place: { name: "Hatun Asha", province: "Huancayo", country: "Peru", precision: "province" },
  summary:
    "A Shining Path attack on the military in Huancayo province during Peru's 2016 general election. Wikipedia lists it beside the 2021 attack as violence around an election.",
  body:
    "Wikipedia's article on the San Miguel del Ene attack points to the Hatun Asha ambush, a Shining Path attack on the military in Huancayo province during the 2016 general election [@" +
    S.wiki +
    ", See also]. The seed documents give no toll or day.",
  participants: [
    { id: "shining-path", actor: A.shiningPath, role: "alleged-perpetrator", citations: [cite(S.wiki, "See also")] },
    { id: "armed-forces", actor: A.armedForces, role: "target", citations: [cite(S.wiki, "See also")] },
  ],
  claims: [
    claim({
      id: "perpetrator-shining-path",
      property: "perpetrator",
      value: { type: "actor", actor: A.shiningPath },
      nature: "asserted",
      rank: "preferred",
      citations: [cite(S.wiki, "See also", "a Shining Path attack on the military")],
    }),
    claim({
      id: "target-military",
      property: "target",
      value: { type: "actor", actor: A.armedForces },
      nature: "asserted",
      rank: "preferred",
      citations: [cite(S.wiki, "See also")],
    }),
  ],
  related: [{ event: E.main, relation: "see-also", note: "Both struck during an election campaign." }],
});

const februaryPolice = event({
  slug: E.februaryPolice,
  title: "February attack on police in the VRAEM",
  eventType: { category: "Battles", subtype: "Armed clash" },
  date: { start: month(undefined, 2, "Al Jazeera says “in February” of the year of its report and gives no year.") },
  place: { name: "VRAEM", country: "Peru", precision: "region" },
  summary:
    "Seven law enforcement officers were killed in the VRAEM in February of an unstated year, in what the Interior Ministry called the deadliest single attack on police in a decade. Al Jazeera mentions it in its report of the Putis clash.",
  body:
    "Al Jazeera recalls that seven law enforcement officers were killed in the VRAEM in February, in what the Interior Ministry called the deadliest single attack on police in a decade; President Dina Boluarte then ordered a “frontal fight” against terrorism and drug trafficking [@" +
    S.aljazeera +
    "]. The report gives neither the year nor the attackers.",
  participants: [
    { id: "police", actor: A.police, role: "victim", note: "Seven law enforcement officers.", citations: [cite(S.aljazeera)] },
    { id: "interior-ministry", actor: A.mininter, role: "commentator", citations: [cite(S.aljazeera)] },
    { id: "boluarte", actor: A.boluarte, role: "commentator", citations: [cite(S.aljazeera)] },
  ],
  claims: [
    claim({
      id: "fatalities-7",
      property: "fatalities",
      value: { type: "number", value: 7 },
      qualifiers: { category: "law enforcement officers" },
      nature: "asserted",
      rank: "preferred",
      citations: [cite(S.aljazeera, undefined, "seven law enforcement officers were also killed in the area")],
    }),
    claim({
      id: "perpetrator-unknown",
      property: "perpetrator",
      value: { type: "unknown" },
      nature: "asserted",
      rank: "preferred",
      note: "Al Jazeera does not say who attacked.",
      citations: [cite(S.aljazeera)],
    }),
  ],
  related: [{ event: E.putis, relation: "followed-by", note: "Al Jazeera calls Putis the second major confrontation of the year." }],
});

const putis = event({
  slug: E.putis,
  title: "Clash at Putis, Huanta",
  eventType: { category: "Battles", subtype: "Armed clash" },
  date: {
    start: notGiven(
      "Al Jazeera gives no date, only “Monday”. It has Dina Boluarte in office (so after December 2022) and calls this the second major clash of the year, after a February attack on police.",
    ),
  },
  place: { name: "Putis", province: "Huanta", region: "Ayacucho", country: "Peru", precision: "near" },
  summary:
    "Four soldiers and two alleged Shining Path members were killed when rebels attacked soldiers in the early morning near Putis, in Huanta province, according to the army. President Dina Boluarte paid tribute to the soldiers.",
  body: [
    "According to an army press release quoted by Al Jazeera, soldiers were attacked in the early morning in Huanta province, Ayacucho; two attackers and four soldiers were killed and three wounded soldiers were taken to hospital [@" +
      S.aljazeera +
      "; @" +
      S.armyPutis +
      "]. President Dina Boluarte offered condolences for the soldiers who died “in Putis” [@" +
      S.boluartePutis +
      "].",
    "",
    "Al Jazeera calls it the second major confrontation in the VRAEM that year, after a February attack on police [@" +
      S.aljazeera +
      "]. A 2021 government estimate put about 69 percent of Peru's coca leaf production in the valley [@" +
      S.aljazeera +
      "; @" +
      S.cocaReport2021 +
      "].",
  ].join("\n"),
  participants: [
    { id: "shining-path", actor: A.shiningPath, role: "alleged-perpetrator", citations: [cite(S.aljazeera)] },
    { id: "army", actor: A.army, role: "target", note: "The soldiers were attacked, then fired back.", citations: [cite(S.armyPutis)] },
    { id: "boluarte", actor: A.boluarte, role: "commentator", citations: [cite(S.boluartePutis)] },
  ],
  timeline: [
    {
      id: "attack",
      date: notGiven("The source says “in the early morning hours” of a Monday, with no date."),
      text: "Rebels attack a group of soldiers in the early morning.",
      citations: [cite(S.aljazeera, undefined, "attacked in the early morning hours by rebels")],
    },
  ],
  claims: [
    claim({
      id: "fatalities-6",
      property: "fatalities",
      value: { type: "number", value: 6 },
      assertedBy: A.army,
      nature: "asserted",
      rank: "preferred",
      note: "Four soldiers and two alleged Shining Path members.",
      citations: [cite(S.aljazeera, undefined, "At least four soldiers and two alleged members of the Shining Path rebel group have been killed")],
    }),
    claim({
      id: "injured-3",
      property: "injured",
      value: { type: "number", value: 3 },
      qualifiers: { category: "soldiers" },
      assertedBy: A.army,
      nature: "asserted",
      rank: "preferred",
      citations: [cite(S.aljazeera, undefined, "three wounded soldiers were also transferred to a nearby hospital")],
    }),
    claim({
      id: "perpetrator-shining-path",
      property: "perpetrator",
      value: { type: "actor", actor: A.shiningPath },
      assertedBy: A.army,
      nature: "alleged",
      rank: "preferred",
      citations: [cite(S.armyPutis)],
    }),
  ],
  related: [
    { event: E.februaryPolice, relation: "preceded-by" },
    { event: E.main, relation: "see-also", note: "Same valley, same armed group." },
  ],
});

const vilmaBoycott = event({
  slug: E.vilmaBoycott,
  title: "Comrade Vilma's call to boycott the 2021 run-off",
  eventType: { category: "Strategic developments", subtype: "Other" },
  date: { start: day(2021, 5, 14) },
  place: PERU_UNSPECIFIED,
  summary:
    "On 14 May 2021 Comrade Vilma, close to the MPCP's leader, called for a boycott of the run-off and said anyone voting for Keiko Fujimori would be an accomplice in genocide and corruption. She had made a similar call before the first round.",
  body:
    "Three weeks before the run-off, Comrade Vilma called for a boycott, naming Keiko Fujimori; before the first round she had singled out Fujimori and Ollanta Humala as “direct enemies” [@" +
    S.wiki +
    ", Background].",
  participants: [
    { id: "vilma", actor: A.vilma, role: "commentator", note: "Made the call.", citations: [cite(S.wiki, "Background")] },
    { id: "fujimori", actor: A.fujimori, role: "target", citations: [cite(S.wiki, "Background")] },
    { id: "humala", actor: A.humala, role: "target", note: "Before the first round.", citations: [cite(S.wiki, "Background")] },
  ],
  claims: [
    claim({
      id: "target-fujimori-voters",
      property: "target",
      value: { type: "text", text: "Voters for Keiko Fujimori" },
      assertedBy: A.vilma,
      nature: "asserted",
      rank: "preferred",
      citations: [cite(S.wiki, "Background", 'an "accomplice in genocide and corruption"')],
    }),
  ],
  related: [{ event: E.main, relation: "followed-by" }],
});

const labRaids = event({
  slug: E.labRaids,
  title: "Arrests and coca lab raids in the VRAEM before the massacre",
  eventType: { category: "Strategic developments", subtype: "Arrests" },
  date: { start: month(2021, 5, "InSight Crime says “just last week”, in an undated article written shortly after the 23 May 2021 attack.") },
  place: { name: "VRAEM", country: "Peru", precision: "region" },
  summary:
    "Shortly before the massacre the police arrested several people and the armed forces destroyed five coca processing labs in the VRAEM. Police sources told InSight Crime the raid relied on local informants.",
  body:
    "InSight Crime reports arrests by the police and the destruction of five coca processing labs by the armed forces, made possible by local informants, according to police sources who see the massacre as a warning against cooperating with the authorities [@" +
    S.insight +
    "].",
  participants: [
    { id: "police", actor: A.police, role: "responder", citations: [cite(S.insight)] },
    { id: "armed-forces", actor: A.armedForces, role: "responder", citations: [cite(S.insight)] },
  ],
  claims: [
    claim({
      id: "target-labs",
      property: "target",
      value: { type: "text", text: "Five coca processing labs" },
      assertedBy: A.insight,
      nature: "asserted",
      rank: "preferred",
      citations: [cite(S.insight, undefined, "the armed forces destroyed five coca processing labs in the VRAEM")],
    }),
  ],
  related: [{ event: E.main, relation: "followed-by", note: "Police sources link the two." }],
});

const raulDeath = event({
  slug: E.raulDeath,
  title: "Death of Comrade Raúl",
  aliases: [{ name: "Death of Jorge Quispe Palomino", lang: "en" }],
  eventType: { category: "Strategic developments", subtype: "Change to group/activity" },
  date: { start: month(2021, 1, "“Last January” in one report and “earlier this year” in another, both written about the May 2021 attack.") },
  place: PERU_UNSPECIFIED,
  summary:
    "The MPCP's second-in-command, Jorge Quispe Palomino, died early in 2021. One report says of a long kidney disease; the army claims to have wounded him in a firefight.",
  body:
    "Jorge Quispe Palomino, alias Raúl, died in January after a long kidney disease, though the army says it had wounded him in a firefight [@" +
    S.doc003 +
    "]. InSight Crime sees the massacre as the act of a faction weakened by his death [@" +
    S.insight +
    "; @" +
    S.icDeath +
    "].",
  participants: [
    { id: "raul", actor: A.raul, role: "victim", citations: [cite(S.doc003)] },
    { id: "army", actor: A.army, role: "alleged-perpetrator", note: "Claims to have wounded him.", citations: [cite(S.doc003)] },
  ],
  claims: [
    claim({
      id: "cause-illness",
      property: "motive",
      value: { type: "text", text: "Died of a long kidney disease" },
      nature: "asserted",
      rank: "preferred",
      note: "Recorded under motive for lack of a cause-of-death property.",
      citations: [cite(S.doc003, undefined, "after a long kidney disease")],
    }),
    claim({
      id: "perpetrator-army",
      property: "perpetrator",
      value: { type: "actor", actor: A.army },
      assertedBy: A.army,
      nature: "claimed-responsibility",
      rank: "normal",
      note: "The army claims to have wounded him, not to have killed him.",
      citations: [cite(S.doc003, undefined, "the army claims to have injured him in a fire exchange")],
    }),
  ],
  related: [{ event: E.main, relation: "followed-by" }],
});

const guzmanCapture = event({
  slug: E.guzmanCapture,
  title: "Capture of Abimael Guzmán",
  eventType: { category: "Strategic developments", subtype: "Arrests" },
  date: { start: year(1992) },
  place: PERU_UNSPECIFIED,
  summary:
    "The Shining Path's founder and leader was captured in 1992, after which the organisation broke up into small cells. The MPCP emerged from one of them.",
  body: "After Guzmán's capture in 1992 the Shining Path lost strength and was reduced to a few cells; in prison he renounced violence [@" + S.doc003 + "].",
  participants: [{ id: "guzman", actor: A.guzman, role: "target", citations: [cite(S.doc003)] }],
  claims: [
    claim({
      id: "date-1992",
      property: "date",
      value: { type: "date", date: year(1992) },
      nature: "asserted",
      rank: "preferred",
      citations: [cite(S.doc003, undefined, "the capture of its founder and leader Abimael Guzmán in 1992")],
    }),
  ],
  related: [{ event: E.main, relation: "see-also" }],
});

const indictment = event({
  slug: E.indictment,
  title: "Indictment of the Quispe Palomino brothers in New York",
  eventType: { category: "Strategic developments", subtype: "Other" },
  date: { start: year(2014) },
  place: { name: "New York", country: "United States", precision: "region" },
  summary:
    "In 2014 Víctor and Jorge Quispe Palomino were indicted in New York on drug trafficking, weapons and terrorism charges. The United States offers a reward for Víctor's capture.",
  body:
    "Both brothers were indicted in New York in 2014 [@" +
    S.insight +
    "]; the DEA accuses Comrade José of material support to terrorists, membership of a foreign terrorist organisation and arms trafficking [@" +
    S.doc003 +
    "].",
  participants: [
    { id: "jose", actor: A.jose, role: "target", citations: [cite(S.insight)] },
    { id: "raul", actor: A.raul, role: "target", citations: [cite(S.insight)] },
    { id: "dea", actor: A.dea, role: "investigator", citations: [cite(S.doc003)] },
  ],
  claims: [
    claim({
      id: "date-2014",
      property: "date",
      value: { type: "date", date: year(2014) },
      nature: "asserted",
      rank: "preferred",
      citations: [cite(S.insight, undefined, "Both brothers were indicted in New York in 2014")],
    }),
  ],
  related: [{ event: E.main, relation: "see-also" }],
});

export const relatedEventEntries: SeedEntry[] = [
  huarcatan,
  convoy2008,
  hatunAsha,
  februaryPolice,
  putis,
  vilmaBoycott,
  labRaids,
  raulDeath,
  guzmanCapture,
  indictment,
].map((e) => once("event", e, `New event: ${e.title}`));
