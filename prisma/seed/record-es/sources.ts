// Las variantes en español de las fuentes que cita el evento principal. El título de una obra publicada se
// deja en su idioma; se traducen los títulos que el registro pone a documentos sin título propio.
import { S } from "../record/slugs";
import type { SpanishSourceVariant } from "./types";

type SourceInput = Omit<SpanishSourceVariant, "kind" | "aliases" | "claimLabels" | "quoteTranslations" | "quoteTranslationsEn"> &
  Partial<Pick<SpanishSourceVariant, "aliases" | "claimLabels" | "quoteTranslations" | "quoteTranslationsEn">>;

const source = (s: SourceInput): SpanishSourceVariant => ({
  kind: "source",
  aliases: [],
  claimLabels: {},
  quoteTranslations: {},
  quoteTranslationsEn: {},
  ...s,
});

const NOT_CONSULTED = "Este expediente la conoce solo por las citas y el resumen que hace Anna Milena Kohte en Torggata Blad; no se consultó directamente.";

export const sourceVariants: SpanishSourceVariant[] = [
  // --- Los cinco documentos de partida ---
  source({
    entrySlug: S.wiki,
    slug: "wikipedia-ataque-de-san-miguel-del-ene",
    title: "San Miguel del Ene attack (Wikipedia en inglés)",
    aliases: [{ name: "Wikipedia: masacre de San Miguel del Ene", lang: "es" }],
    summary:
      "Artículo de la Wikipedia en inglés sobre la masacre: antecedentes, los volantes, los 18 muertos que confirmó el comandante general de la policía, la atribución de las Fuerzas Armadas y del Ministerio de Defensa, las dudas de Ojo Público y de Jo-Marie Burt, la investigación fiscal y las reacciones políticas.",
    reliabilityNote:
      "Fuente terciaria que resume lo publicado por la prensa; la versión incluida en los documentos de partida no trae referencias. Sirve para la cronología general, pero su ficha da como hechos puntos que otras fuentes discuten: la cifra de víctimas, el autor y el móvil.",
    quoteTranslations: {
      "excerpt:1": "en el que murieron 18 personas",
      "excerpt:2": "Lo más probable es que la masacre la cometiera el Militarizado Partido Comunista del Perú (MPCP)",
      "excerpt:3": "Las Fuerzas Armadas del Perú emitieron un comunicado antes de cualquier investigación, en el que señalaban como autor a Sendero Luminoso",
      "excerpt:4": "La Policía Nacional advirtió que la responsabilidad debía atribuirse tras una investigación completa.",
    },
  }),
  source({
    entrySlug: S.kohte,
    slug: "torggata-blad-kohte-vizcatan-del-ene-2021",
    title: "Una masacre politizada: la matanza de Vizcatán del Ene y las elecciones en el Perú (Torggata Blad)",
    summary:
      "Artículo de opinión con 30 notas que contrasta los relatos de los sobrevivientes, recogidos por Ojo Público e Hildebrandt en sus trece, con la versión de las Fuerzas Armadas, y cuenta cómo la masacre entró en la segunda vuelta entre Fujimori y Castillo. El título es nuestro: el documento no tiene otro que su entradilla.",
    reliabilityNote:
      "Texto de opinión, escrito por una autora que sigue el VRAEM; sus datos remiten en notas a los reportajes de campo de Ojo Público e Hildebrandt en sus trece, al comunicado de las Fuerzas Armadas y a la prensa internacional. La copia web tiene caracteres sueltos y perdió los enlaces de las notas.",
    publishedNote:
      "El documento no lleva fecha; habla del «23 de mayo de este año» y cita un artículo del 5 de junio de 2021, de modo que se publicó después de ese día.",
    quoteTranslations: {
      "excerpt:1": "Tarde en la noche del 23 de mayo de este año, 16 personas fueron asesinadas en dos bares de Vizcatán del Ene.",
      "excerpt:2":
        "Según los testigos que sobrevivieron, tres atacantes vestidos de civil entraron en los bares y abrieron fuego contra los civiles que estaban dentro.",
      "excerpt:3": "El alcalde del distrito, Alejandro Atao, también dijo a Hildebrandt en sus trece que tampoco creía la versión del Ejército.",
    },
  }),
  source({
    entrySlug: S.insight,
    slug: "insight-crime-masacre-peru-sendero-debilitado",
    title: "Peru Massacre Highlights Desperation of Weakened Shining Path Rebels",
    summary:
      "InSight Crime informa de que las Fuerzas Armadas atribuyen al MPCP al menos 16 muertes, del envío de tropas que siguió y de la opinión de fuentes policiales según la cual la masacre advertía a los pobladores contra la colaboración con las autoridades, tras la muerte del número dos del grupo.",
    reliabilityNote:
      "Análisis especializado en crimen organizado. La copia de los documentos de partida no muestra autor ni fecha. Su hipótesis sobre el móvil descansa en fuentes policiales anónimas.",
    claimLabels: {
      "date-after-attack": {
        label: "Fecha de publicación: no consta; poco después del ataque",
        note: "La copia no da fecha de publicación; el texto la sitúa poco después del ataque del 23 de mayo («Just last week…»).",
      },
    },
    quoteTranslations: {
      "claim:date-after-attack:1": "Las autoridades del Perú han enviado tropas a un aislado valle fluvial",
      "excerpt:1": "habrían matado a tiros a al menos 16 personas, entre ellas mujeres y niños, el 23 de mayo",
      "excerpt:2": "la masacre fue probablemente una severa advertencia a los pobladores del VRAEM para que no colaboren con las autoridades",
    },
  }),
  source({
    entrySlug: S.doc003,
    slug: "mpcp-y-la-masacre-de-16-civiles",
    title: "Militarized Communist Party Of Peru And Its Relationship To 16 Civilians Massacre",
    summary:
      "Artículo, al parecer traducido del español, sobre la masacre de al menos 16 civiles, cuatro de ellos menores; los volantes del MPCP hallados en el bar, los hermanos Quispe Palomino y los lazos del grupo con el narcotráfico.",
    reliabilityNote:
      "El documento no da editor, autor ni fecha, y parece una traducción automática (el título habla de «al menos 16» y un titular interior de «al menos 14»). Útil como contexto sobre el MPCP; sus cifras deben tomarse con cautela.",
    quoteTranslations: {
      "excerpt:1": "Las víctimas, todas civiles y cuatro de ellas menores, murieron baleadas y algunos de los cadáveres fueron hallados calcinados",
      "excerpt:2": "La masacre de San Miguel de Ene es el mayor golpe de Sendero Luminoso desde 2008",
    },
  }),

  // --- Obras que citan ---
  source({
    entrySlug: S.ojo24,
    slug: "ojo-publico-2021-05-24",
    title: "Violencia en el valle de la droga: grupo narcoterrorista de “José” es acusado de acribillar a 16 personas",
    summary:
      "Primer reportaje de campo de Ojo Público: 16 personas baleadas en dos bares; un sobreviviente cuenta que los atacantes no dijeron nada antes de disparar, se llevaron dinero y celulares y huyeron en motocicleta; un teniente de la autodefensa explica por qué nadie reaccionó.",
    reliabilityNote: `${NOT_CONSULTED} Ojo Público es uno de los dos medios que informaron desde el lugar. Kohte escribe el título sin los dos puntos tras «droga»; aquí se añaden.`,
    quoteTranslations: {
      "excerpt:2": "no hubo intercambio de palabras, ni siquiera que nos perdonaran la vida. Nada, nada",
    },
    quoteTranslationsEn: { "excerpt:1": "“José”'s narco-terrorist group is accused of gunning down 16 people" },
  }),
  source({
    entrySlug: S.ojo26,
    slug: "ojo-publico-2021-05-26",
    title: "Voces desde la masacre: Vizcatán del Ene vive en duelo, abandonado y acechado por el narcotráfico",
    summary:
      "Segundo reportaje de Ojo Público: los vecinos de Vizcatán del Ene de duelo, los cortes de luz y de teléfono de la noche del ataque y el abandono que denuncia el teniente de la autodefensa Hugo Torres.",
    reliabilityNote: NOT_CONSULTED,
    quoteTranslationsEn: { "excerpt:1": "Voices from the massacre: Vizcatán del Ene mourns, abandoned and stalked by drug trafficking" },
  }),
  source({
    entrySlug: S.hildebrandt,
    slug: "hildebrandt-en-sus-trece-541",
    title: "Montaje en torno a una tragedia",
    summary:
      "Reportaje de campo de la edición 541 que sostiene que la forma del ataque no coincide con la del grupo de Quispe Palomino; el alcalde y el prefecto dicen que los dueños de los bares nunca les informaron de amenazas, y los testigos vieron huir a los atacantes en motocicleta hacia una base militar.",
    reliabilityNote: `${NOT_CONSULTED} Su título anuncia su tesis.`,
    publishedNote: "Citado como edición 541, año 12, sin fecha; el año se deduce de su tema.",
    quoteTranslationsEn: { "excerpt:1": "A set-up around a tragedy" },
  }),
  source({
    entrySlug: S.communique,
    slug: "comunicado-ccffaa-005-2021",
    title: "Comunicado N° 005-2021-CCFFAA: Organización Terrorista Sendero Luminoso Asesina A 14 Personas en el Vraem",
    aliases: [{ name: "Comunicado 005-2021-CCFFAA", lang: "es" }],
    summary:
      "El comunicado del Comando Conjunto, emitido menos de un día después del ataque: Sendero Luminoso mató a 14 personas en un acto genocida; nombra como cabecilla a Víctor Quispe Palomino y dice que en el lugar había panfletos que llamaban a no votar.",
    reliabilityNote:
      "Lo emite una parte enfrentada al grupo al que culpa, y antes de cualquier investigación. Ojo Público calificó de inexacta su referencia a Sendero Luminoso; las cifras militares posteriores subieron a 16. La nota 14 de Kohte da como autor «Comando Conjunto de las Fuerzas Armas del Perú» (sic) y como número «N 005-2021-CCFFAA»; esta ficha los escribe «Armadas» y «N°».",
    claimLabels: {
      "reliability-inaccurate": {
        label: "Inexacto al mencionar a Sendero Luminoso, según Ojo Público",
        valueText: "Su referencia a Sendero Luminoso es inexacta",
      },
    },
    quoteTranslations: {
      "claim:reliability-inaccurate:1": "una referencia inexacta a Sendero Luminoso.",
      "excerpt:2": "en el lugar se hallaron panfletos que instaban a la población a no participar en el proceso electoral de 2021",
    },
    quoteTranslationsEn: { "excerpt:1": "Terrorist Organization Shining Path Murders 14 People in the Vraem" },
  }),
  source({
    entrySlug: S.elcomercio,
    slug: "el-comercio-2021-05-24",
    title: "Vraem: al menos 14 personas fueron asesinadas por miembros de Sendero Luminoso",
    summary: "Primera nota de El Comercio, que repite la cifra de al menos 14 muertos de las Fuerzas Armadas y la atribución a Sendero Luminoso.",
    reliabilityNote: `${NOT_CONSULTED} Kohte la cita como ejemplo de cobertura basada en la versión del Ejército.`,
    quoteTranslationsEn: { "excerpt:1": "at least 14 people were murdered by members of the Shining Path" },
  }),
  source({
    entrySlug: S.guardian,
    slug: "the-guardian-2021-05-24",
    title: "Peru: Shining Path splinter group kills 14 in pre-election jungle massacre",
    summary: "Nota de The Guardian del 24 de mayo de 2021, con la cifra oficial de 14 muertos y la atribución a una escisión de Sendero Luminoso.",
    reliabilityNote: `${NOT_CONSULTED} Kohte la cita como ejemplo de cobertura basada en la versión del Ejército.`,
    quoteTranslations: { "excerpt:1": "Un grupo escindido de Sendero Luminoso mata a 14 en una masacre en la selva antes de las elecciones" },
  }),
  source({
    entrySlug: S.pamphletPost,
    slug: "panfleto-difundido-por-rospigliosi-2021-05-24",
    title: "Panfleto fechado el 10 de mayo de 2021, difundido por Fernando Rospigliosi",
    summary:
      "Un panfleto con la hoz y el martillo, fechado el 10 de mayo de 2021, que llama traidor a quien vote por Keiko Fujimori; lo difundió primero en redes sociales Fernando Rospigliosi, asesor de campaña de Fujimori. No se dice en qué plataforma.",
    reliabilityNote: `${NOT_CONSULTED} Lo difundió un partidario de una de las candidaturas; las fuentes no establecen su relación con los volantes hallados en el lugar.`,
    claimLabels: {
      "date-on-pamphlet": {
        label: "Fechado el 10 de mayo de 2021",
        note: "La fecha impresa en el panfleto, no la de su publicación.",
      },
    },
    quoteTranslations: {
      "claim:date-on-pamphlet:1": "un panfleto, fechado el 10 de mayo de 2021, apareció y se compartió en redes sociales",
      "excerpt:1": "quien vote a favor de Keiko Fujimori es un traidor, un asesino del VRAEM, un asesino del Perú",
    },
  }),
  source({
    entrySlug: S.leaflets,
    slug: "volantes-del-mpcp-en-san-miguel-del-ene",
    title: "Volantes firmados por el MPCP hallados en San Miguel del Ene",
    aliases: [{ name: "panfletos de San Miguel del Ene", lang: "es" }],
    summary:
      "Volantes con la hoz y el martillo y el nombre del MPCP, reportados junto a los cuerpos: llaman a «limpiar» el VRAEM y el Perú de los grupos que enumeran y a boicotear la segunda vuelta del 6 de junio, y tachan de traidores a los votantes de Fujimori.",
    reliabilityNote:
      "Se conocen solo por lo que informaron otros; los originales no figuran en los documentos de partida. Quien los firma no es necesariamente quien los escribió: su autoría forma parte de la disputa.",
    publishedNote: "La fecha impresa en los volantes (según InSight Crime); se encontraron después del ataque del 23 de mayo.",
    claimLabels: {
      "authorship-mpcp": { label: "Autor: el MPCP, según el Comando Conjunto de las Fuerzas Armadas" },
      "authorship-dircote": {
        label: "Lenguaje con rasgos del de Sendero Luminoso, según la Dirección contra el Terrorismo",
        note: "Resultado preliminar: el lenguaje podría tener las características del que usa Sendero Luminoso.",
      },
    },
    quoteTranslations: {
      "claim:authorship-mpcp:2": "Los panfletos estaban firmados por el Militarizado Partido Comunista del Perú (MPCP)",
      "claim:authorship-dircote:1": "los volantes podrían tener las características del lenguaje que usa Sendero Luminoso",
      "excerpt:1": "limpiar el VRAEM y el Perú",
      "excerpt:2": "Librar al VRAEM de… parásitos y corrupción",
    },
  }),
  source({
    entrySlug: S.wapo,
    slug: "washington-post-2021-06-05",
    title: "Peru’s military say Shining Path insurgents killed 16 civilians. Others are not so sure",
    summary:
      "Análisis de Jo-Marie Burt: a comienzos de junio la cifra de los militares era de 16, y la autora cuestiona la prisa por culpar a Sendero Luminoso, que interpreta como una apelación al miedo contra la oposición al poder conservador.",
    reliabilityNote: "Este expediente lo conoce por el resumen de Wikipedia y la nota 20 de Kohte. Es un artículo de análisis y opinión.",
    quoteTranslations: { "excerpt:1": "Los militares peruanos dicen que los insurgentes de Sendero Luminoso mataron a 16 civiles. Otros no están tan seguros" },
  }),
  source({
    entrySlug: S.exitosa,
    slug: "exitosa-peru-2021-05-25",
    title: "Rospigliosi sobre atentado en el VRAEM",
    summary:
      "Emisión de Exitosa Perú en la que Fernando Rospigliosi dice que, si ganaban, el equipo de Fujimori se proponía exterminar a esos terroristas en seis meses (hacia el minuto 2:35).",
    reliabilityNote: NOT_CONSULTED,
    quoteTranslationsEn: { "excerpt:1": "Rospigliosi on the attack in the VRAEM" },
  }),
  source({
    entrySlug: S.devidaCoca,
    slug: "cifras-de-devida-sobre-la-coca",
    title: "Cifras de DEVIDA sobre el cultivo de coca en el VRAEM",
    summary:
      "Cifras de la agencia antidrogas del Perú, citadas por InSight Crime, que sitúan en el VRAEM cerca de la mitad de las casi 55 000 hectáreas de coca del país.",
    reliabilityNote: "Se conocen solo por InSight Crime, que no da el título ni el año de las cifras.",
    quoteTranslations: {
      "excerpt:1": "se encuentra cerca de la mitad de las casi 55 000 hectáreas de cultivos de coca del país andino",
    },
  }),
];
