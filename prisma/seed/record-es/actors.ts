// Las variantes en español de los actores que el evento principal cita o nombra como participantes.
// Solo lo que sostienen los documentos de ../shared/seeds/ (véase REVIEW.md, que señala dónde el registro en
// inglés dice algo más de lo que las fuentes permiten).
import { A, S } from "../record/slugs";
import type { SpanishActorVariant } from "./types";

type ActorInput = Omit<SpanishActorVariant, "kind" | "aliases" | "body" | "affiliations" | "claimLabels" | "quoteTranslations" | "quoteTranslationsEn"> &
  Partial<Pick<SpanishActorVariant, "aliases" | "body" | "affiliations" | "claimLabels" | "quoteTranslations" | "quoteTranslationsEn">>;

const actor = (a: ActorInput): SpanishActorVariant => ({
  kind: "actor",
  aliases: [],
  body: "",
  affiliations: {},
  claimLabels: {},
  quoteTranslations: {},
  quoteTranslationsEn: {},
  ...a,
});

export const actorVariants: SpanishActorVariant[] = [
  // --- Grupos armados y sus dirigentes ---
  actor({
    entrySlug: A.mpcp,
    slug: "militarizado-partido-comunista-del-peru",
    title: "Militarizado Partido Comunista del Perú",
    aliases: [
      { name: "MPCP", lang: "es" },
      { name: "Partido Comunista del Perú Militarizado", lang: "es" },
      { name: "facción del camarada José", lang: "es" },
    ],
    description:
      "Grupo armado surgido de una escisión de Sendero Luminoso, que actúa en el VRAEM bajo el mando de Víctor Quispe Palomino, el camarada José. Las Fuerzas Armadas lo señalaron como autor del ataque de San Miguel del Ene.",
    body: [
      `El MPCP es una facción que se separó del Sendero Luminoso maoísta. El Gobierno peruano sigue llamándolo con el nombre antiguo, mientras que Abimael Guzmán, fundador de Sendero, no lo reconoce [@${S.doc003}].`,
      "",
      `Actúa en el Valle de los Ríos Apurímac, Ene y Mantaro (VRAEM) y vive del narcotráfico: según InSight Crime, cobra cupos a los cocaleros y da protección armada a los cargamentos de cocaína [@${S.insight}], a veces a cambio de armas [@${S.doc003}]. Quienes siguen la región insisten en que no debe confundirse con el Sendero Luminoso de los años ochenta y noventa [@${S.kohte}, n. 21; @${S.wapo}].`,
      "",
      `Tras el ataque de San Miguel del Ene, en mayo de 2021, se informó de volantes firmados con su nombre junto a los cuerpos [@${S.wiki}; @${S.doc003}].`,
    ].join("\n"),
    affiliations: { "splinter-of-shining-path": {} },
    claimLabels: {
      "leader-jose": { label: "Dirigente: Víctor Quispe Palomino, según el Comando Conjunto de las Fuerzas Armadas" },
      "members-2018": { label: "Entre 250 y 300 integrantes armados en 2018, según La República", category: "integrantes armados" },
      "activity-drug-trade": {
        label: "Actividad: narcotráfico, según InSight Crime",
        valueText: "Cobra cupos a los cocaleros y da protección armada a los cargamentos de cocaína",
      },
      "status-main-group": {
        label: "Principal grupo armado comunista del país desde 2018",
        valueText: "El principal grupo armado comunista del Perú desde 2018, con fuerte presencia en el VRAEM",
      },
    },
    quoteTranslations: {
      "claim:leader-jose:2": "la facción del MPCP que encabeza Víctor Quispe Palomino, alias «José»",
      "claim:members-2018:1": "el grupo contaba con entre 250 y 300 hombres y mujeres armados",
      "claim:activity-drug-trade:1": "desde cobrar cupos a los cocaleros hasta dar seguridad armada a los cargamentos de cocaína",
      "claim:status-main-group:1": "Desde 2018, el MPCP es el principal grupo terrorista comunista del país",
      "affiliation:splinter-of-shining-path:1": "una escisión de la organización terrorista maoísta Sendero Luminoso",
    },
  }),
  actor({
    entrySlug: A.shiningPath,
    slug: "sendero-luminoso",
    title: "Sendero Luminoso",
    aliases: [
      { name: "Partido Comunista del Perú – Sendero Luminoso", lang: "es" },
      { name: "PCP-SL", lang: "es" },
      { name: "Sendero", lang: "es" },
    ],
    description:
      "Organización insurgente maoísta que hizo la guerra al Estado peruano desde 1980; tras la captura de su fundador en 1992 quedó reducida a pequeñas células. Las autoridades siguen usando su nombre para referirse al MPCP.",
    body: [
      `Según un relato, entre 1980 y 2000 las acciones de Sendero Luminoso causaron más de 30 000 muertos [@${S.doc003}]; Al Jazeera calcula en unos 70 000 los muertos del conflicto en su conjunto, incluida la contrainsurgencia del Estado [@${S.aljazeera}].`,
      "",
      `Tras la captura de Abimael Guzmán en 1992, la organización perdió fuerza y quedó reducida a unas pocas células [@${S.doc003}]. El artículo de Wikipedia sobre el ataque de 2021 la describe como disuelta hace tiempo [@${S.wiki}], mientras que Al Jazeera habla de remanentes que siguen activos en el VRAEM [@${S.aljazeera}].`,
    ].join("\n"),
    foundedNote: "Las fuentes fechan en 1980 sus acciones armadas, no su fundación.",
    claimLabels: {
      "status-dissolved": { label: "Disuelto hace tiempo, según Wikipedia", valueText: "Disuelto hace tiempo" },
      "status-remnants": {
        label: "Remanentes activos en el VRAEM, según Al Jazeera",
        valueText: "Remanentes activos en el VRAEM, con varios cientos de combatientes",
      },
      "leader-guzman": { label: "Fundador y líder: Abimael Guzmán" },
    },
    quoteTranslations: {
      "claim:status-dissolved:1": "el grupo se había disuelto hacía tiempo",
      "claim:status-remnants:1": "los remanentes del grupo siguen activos, con varios cientos de combatientes que vivirían en el VRAEM",
      "claim:leader-guzman:1": "la captura de su fundador y líder Abimael Guzmán en 1992",
    },
  }),
  actor({
    entrySlug: A.jose,
    slug: "victor-quispe-palomino",
    title: "Víctor Quispe Palomino",
    aliases: [
      { name: "camarada José", lang: "es" },
      { name: "José", lang: "es" },
      { name: "Victor Quispe Palomino", lang: "es" },
    ],
    description:
      "Dirigente del Militarizado Partido Comunista del Perú, conocido como el camarada José; la justicia de Estados Unidos lo acusa de narcotráfico y terrorismo.",
    body: [
      `Víctor Quispe Palomino dirige el MPCP; el comunicado de las Fuerzas Armadas del 24 de mayo de 2021 lo nombró cabecilla del grupo al que culpó de la matanza de San Miguel del Ene [@${S.kohte}, n. 14–15; @${S.communique}].`,
      "",
      `Él y su hermano Jorge fueron acusados formalmente en Nueva York en 2014, y el Departamento de Estado ofrece hasta 5 millones de dólares por información que lleve a su captura y condena [@${S.insight}]. La DEA lo considera jefe de una organización narcoterrorista [@${S.doc003}].`,
    ].join("\n"),
    affiliations: { "leader-of-mpcp": {}, "sibling-of-raul": {} },
    claimLabels: {
      "status-indicted": {
        label: "Acusado en Nueva York en 2014",
        valueText: "Acusado formalmente en Nueva York en 2014 por narcotráfico, tráfico de armas y terrorismo",
      },
      "status-reward": {
        label: "Recompensa de hasta 5 millones de dólares, según el Departamento de Estado",
        valueText: "Estados Unidos ofrece hasta 5 millones de dólares por información que lleve a su captura y condena",
      },
      "role-narco-leader": {
        label: "Jefe de una organización narcoterrorista, según la DEA",
        valueText: "Jefe de una organización narcoterrorista",
      },
    },
    quoteTranslations: {
      "claim:status-indicted:1": "Ambos hermanos fueron acusados formalmente en Nueva York en 2014",
      "claim:status-reward:1": "una recompensa de hasta 5 millones de dólares por cualquier información que lleve a la captura y condena de José",
      "claim:role-narco-leader:1": "a quien considera el líder de una organización narcoterrorista",
      "affiliation:leader-of-mpcp:1": "la facción del MPCP que encabeza Víctor Quispe Palomino",
      "affiliation:sibling-of-raul:1": "José, hermano del fallecido Raúl",
    },
  }),

  // --- Estado peruano ---
  actor({
    entrySlug: A.armedForces,
    slug: "fuerzas-armadas-del-peru",
    title: "Fuerzas Armadas del Perú",
    aliases: [
      { name: "FF. AA.", lang: "es" },
      { name: "FFAA", lang: "es" },
    ],
    description:
      "Las fuerzas militares del Perú. Su comunicado sobre el ataque de San Miguel del Ene culpó a Sendero Luminoso antes de cualquier investigación.",
    body: `Las Fuerzas Armadas dieron su versión del ataque en menos de un día, antes de que hubiera investigación alguna [@${S.wiki}, sección Investigation; @${S.kohte}, n. 14]. La mayor parte de la prensa nacional e internacional se basó en esa versión [@${S.kohte}, n. 3].`,
  }),
  actor({
    entrySlug: A.ccffaa,
    slug: "comando-conjunto-de-las-fuerzas-armadas",
    title: "Comando Conjunto de las Fuerzas Armadas del Perú",
    aliases: [
      { name: "CCFFAA", lang: "es" },
      { name: "Comando Conjunto", lang: "es" },
    ],
    description: "Mando de las Fuerzas Armadas del Perú que emitió el comunicado 005-2021-CCFFAA sobre la matanza de San Miguel del Ene.",
    body: `El 24 de mayo de 2021, el Comando Conjunto atribuyó a la «Organización Terrorista Sendero Luminoso» el asesinato de 14 personas y nombró como cabecilla a Víctor Quispe Palomino [@${S.communique}; @${S.kohte}, n. 14–15].`,
    affiliations: { "part-of-armed-forces": {} },
  }),
  actor({
    entrySlug: A.police,
    slug: "policia-nacional-del-peru",
    title: "Policía Nacional del Perú",
    aliases: [
      { name: "PNP", lang: "es" },
      { name: "Policía Nacional", lang: "es" },
    ],
    description:
      "La policía nacional del Perú; su comandante general confirmó el ataque, y la institución advirtió que la responsabilidad debía establecerla una investigación completa.",
  }),
  actor({
    entrySlug: A.dircote,
    slug: "direccion-contra-el-terrorismo",
    title: "Dirección contra el Terrorismo",
    aliases: [{ name: "DIRCOTE", lang: "es" }],
    description: "Dirección que hizo el primer análisis de los volantes hallados en San Miguel del Ene.",
    affiliations: {
      "part-of-police": {
        note: "Los documentos no lo dicen: Wikipedia nombra a la Dirección en su relato de la investigación, junto a la advertencia de la policía, sin decir de qué organismo depende.",
      },
    },
  }),
  actor({
    entrySlug: A.mindef,
    slug: "ministerio-de-defensa-del-peru",
    title: "Ministerio de Defensa del Perú",
    aliases: [
      { name: "Ministerio de Defensa", lang: "es" },
      { name: "Mindef", lang: "es" },
    ],
    description: "Ministerio peruano que atribuyó el ataque a la facción de Sendero Luminoso del camarada José y dio una cifra de 14 muertos.",
  }),
  actor({
    entrySlug: A.prosecution,
    slug: "ministerio-publico-del-peru",
    title: "Ministerio Público del Perú",
    aliases: [
      { name: "Ministerio Público", lang: "es" },
      { name: "Fiscalía de la Nación", lang: "es" },
    ],
    description: "La fiscalía peruana; anunció que una fiscalía especializada en terrorismo se haría cargo de investigar el ataque de San Miguel del Ene.",
  }),
  actor({
    entrySlug: A.terrorismProsecutor,
    slug: "fiscalia-terrorismo-huanuco-selva-central",
    title: "Fiscalía de Huánuco y Selva Central especializada en terrorismo y delitos de lesa humanidad",
    aliases: [{ name: "Fiscalía especializada en terrorismo de Huánuco y Selva Central", lang: "es" }],
    description: "Fiscalía especializada que, según anunció el Ministerio Público, se haría cargo de investigar el ataque de San Miguel del Ene.",
    affiliations: { "part-of-prosecution": {} },
  }),
  actor({
    entrySlug: A.cervantes,
    slug: "cesar-cervantes",
    title: "César Cervantes",
    description: "General, comandante general de la Policía Nacional del Perú en mayo de 2021; confirmó el ataque de San Miguel del Ene y habló de 18 muertos.",
    affiliations: { "leader-of-police": { note: "Comandante general." } },
    quoteTranslations: { "affiliation:leader-of-police:1": "comandante general de la Policía Nacional del Perú" },
  }),
  actor({
    entrySlug: A.bermudez,
    slug: "violeta-bermudez",
    title: "Violeta Bermúdez",
    description: "Presidenta del Consejo de Ministros del Perú en mayo de 2021; condenó el ataque y garantizó que las elecciones se harían con normalidad.",
  }),
  actor({
    entrySlug: A.esparch,
    slug: "nuria-esparch",
    title: "Nuria Esparch",
    description: "Ministra de Defensa del Perú en mayo de 2021; condenó el ataque y garantizó que las elecciones se harían con normalidad.",
    affiliations: { "leader-of-mindef": { note: "Ministra de Defensa." } },
  }),

  // --- Política ---
  actor({
    entrySlug: A.fujimori,
    slug: "keiko-fujimori",
    title: "Keiko Fujimori",
    description:
      "Candidata presidencial de Fuerza Popular, de derecha, en 2021; los volantes hallados en el lugar tachaban de traidores a quienes votaran por ella.",
    body: `Fujimori condenó el ataque en una conferencia de prensa en Tarapoto y más tarde intentó vincular a su rival con él [@${S.wiki}, sección Reactions]. Su campaña presentó su elección como un freno al comunismo y al terrorismo [@${S.kohte}].`,
    affiliations: { "member-of-popular-force": { note: "Candidata presidencial." } },
    quoteTranslations: { "affiliation:member-of-popular-force:1": "candidata presidencial de Fuerza Popular" },
  }),
  actor({
    entrySlug: A.castillo,
    slug: "pedro-castillo",
    title: "Pedro Castillo",
    description: "Candidato presidencial de Perú Libre, de izquierda, en 2021, y luego presidente; destituido en 2022.",
    body: `Castillo lamentó las muertes en un mitin en Huánuco y pidió a la policía que investigara [@${S.wiki}, sección Reactions]; según InSight Crime, calificó la matanza de acto terrorista [@${S.insight}]. Se le vinculó con el Movadef, un partido que pide la amnistía para dirigentes senderistas presos [@${S.kohte}, n. 26; @${S.publico}]. Al Jazeera menciona su destitución en 2022 [@${S.aljazeera}].`,
    affiliations: { "member-of-free-peru": { note: "Candidato presidencial." } },
    quoteTranslations: { "affiliation:member-of-free-peru:1": "candidato presidencial de Perú Libre" },
  }),
  actor({
    entrySlug: A.cerron,
    slug: "vladimir-cerron",
    title: "Vladimir Cerrón",
    description: "Fundador y secretario general de Perú Libre; publicó un tuit sobre el ataque y lo borró poco después.",
    affiliations: { "leader-of-free-peru": { note: "Secretario general (Wikipedia); fundador (Kohte)." } },
    quoteTranslations: {
      "affiliation:leader-of-free-peru:1": "secretario general de Perú Libre",
      "affiliation:leader-of-free-peru:2": "fundador del partido de Castillo, Perú Libre",
    },
  }),
  actor({
    entrySlug: A.rospigliosi,
    slug: "fernando-rospigliosi",
    title: "Fernando Rospigliosi",
    description: "Experto en seguridad del equipo de campaña de Keiko Fujimori en 2021; fue el primero en culpar a Sendero Luminoso de la masacre.",
    body: `Rospigliosi culpó a Sendero Luminoso antes de cualquier comunicado policial [@${S.kohte}, n. 27; @${S.hildebrandt}], fue el primero en difundir un panfleto fechado el 10 de mayo [@${S.pamphletPost}], escribió sobre Cerrón y el VRAEM en *Expreso* [@${S.expreso}] y dijo en Exitosa que, si ganaban, exterminarían a esos terroristas en seis meses [@${S.exitosa}].`,
    affiliations: { "member-of-popular-force-campaign": { note: "Miembro del equipo de campaña de Keiko Fujimori." } },
    quoteTranslations: { "affiliation:member-of-popular-force-campaign:1": "miembro del equipo de campaña de Keiko Fujimori" },
  }),

  // --- Personas y organizaciones del lugar ---
  actor({
    entrySlug: A.atao,
    slug: "alejandro-atao",
    title: "Alejandro Atao",
    description: "Alcalde del distrito de Vizcatán del Ene; dijo a Hildebrandt en sus trece que no creía la versión del Ejército sobre el ataque.",
  }),
  actor({
    entrySlug: A.prefect,
    slug: "prefecto-de-vizcatan-del-ene",
    title: "Prefecto del distrito de Vizcatán del Ene",
    description:
      "El prefecto del distrito, cuyo nombre no dan las fuentes; citado junto al alcalde cuando dice que los dueños de los bares no habían denunciado amenazas.",
  }),
  actor({
    entrySlug: A.hugoTorres,
    slug: "hugo-torres",
    title: "Hugo Torres",
    description: "Teniente del comité de autodefensa de la zona; oyó los disparos pero no pudo reaccionar porque no había electricidad ni señal telefónica.",
    affiliations: { "member-of-self-defence": { note: "Teniente." } },
    quoteTranslations: { "affiliation:member-of-self-defence:1": "un teniente del comité de autodefensa local" },
  }),
  actor({
    entrySlug: A.victims,
    slug: "victimas-de-san-miguel-del-ene",
    title: "Víctimas del ataque de San Miguel del Ene",
    aliases: [
      { name: "muertos de San Miguel del Ene", lang: "es" },
      { name: "fallecidos de Vizcatán del Ene", lang: "es" },
    ],
    description:
      "Las personas asesinadas en dos bares de San Miguel del Ene el 23 de mayo de 2021: hombres, mujeres y niños, entre ellos una niña de cuatro años y un niño pequeño.",
  }),
  actor({
    entrySlug: A.survivors,
    slug: "sobrevivientes-de-san-miguel-del-ene",
    title: "Sobrevivientes y testigos del ataque de San Miguel del Ene",
    aliases: [{ name: "testigos de San Miguel del Ene", lang: "es" }],
    description: "Las personas que sobrevivieron a los disparos y los vecinos que hablaron con Ojo Público e Hildebrandt en sus trece.",
  }),
  actor({
    entrySlug: A.episcopal,
    slug: "conferencia-episcopal-peruana",
    title: "Conferencia Episcopal Peruana",
    aliases: [{ name: "Conferencia Episcopal del Perú", lang: "es" }],
    description: "La conferencia de los obispos católicos del Perú; se sumó a las condenas del ataque.",
  }),

  // --- Medios y autores ---
  actor({
    entrySlug: A.wikipedia,
    slug: "wikipedia",
    title: "Wikipedia",
    description:
      "Enciclopedia en línea de redacción colaborativa; su artículo en inglés sobre el ataque de San Miguel del Ene es uno de los documentos de partida.",
  }),
  actor({
    entrySlug: A.ojoPublico,
    slug: "ojo-publico",
    title: "Ojo Público",
    aliases: [
      { name: "OjoPúblico", lang: "es" },
      { name: "Ojo Publico", lang: "es" },
    ],
    description: "Medio digital peruano de periodismo de investigación; uno de los dos que informaron desde el lugar y entrevistaron a sobrevivientes.",
  }),
  actor({
    entrySlug: A.hildebrandt,
    slug: "hildebrandt-en-sus-trece",
    title: "Hildebrandt en sus trece",
    description:
      "Publicación peruana independiente; su reportaje desde la zona concluyó que el ataque no se parecía a la forma de actuar del grupo de Quispe Palomino.",
  }),
  actor({
    entrySlug: A.insight,
    slug: "insight-crime",
    title: "InSight Crime",
    description: "Organización que investiga e informa sobre el crimen organizado en América Latina; vio en la masacre una señal de debilidad del MPCP.",
  }),
  actor({
    entrySlug: A.burt,
    slug: "jo-marie-burt",
    title: "Jo-Marie Burt",
    description: "Autora de un análisis en The Washington Post que cuestionó la prisa con que se atribuyó la masacre a Sendero Luminoso.",
    body: `Burt sostuvo que la prisa con que los militares y la prensa peruana culparon a Sendero Luminoso era una apelación al miedo dirigida contra quienes se oponían al poder conservador, la práctica que en el Perú se llama *terruqueo* [@${S.wiki}, sección Investigation; @${S.wapo}].`,
  }),
];
