import { ASKABLE_FACTS, type Surface } from './askable-facts.ts';
import { API_SYMPTOMS, FACT_VALUES, type AskedFactId, type FactId, type Facts } from './fact-values.ts';

/** The engine's reading of the facts so far, for three-valued evaluation of the decision table. */
export interface FactView {
  /**
   * The surfaces still possible: the known surface; else the surfaces the symptom belongs to
   * (an api symptom implies api, any other symptom rules api out); else all four.
   */
  surfaces: readonly Surface[];
  /** Values the fact may still turn out to have; [] when it is definitely absent. */
  possible(fact: FactId): readonly string[];
  /** The fact may be asked for one of the possible surfaces. */
  isAskable(fact: AskedFactId): boolean;
  /** The fact has no usable answer yet: absent, or `not_tried`. */
  isMissing(fact: FactId): boolean;
}

const ALL_SURFACES = FACT_VALUES.surface;

export function isApiSymptom(symptom: string): boolean {
  return (API_SYMPTOMS as readonly string[]).includes(symptom);
}

/** The symptom values that belong to at least one of the given surfaces. */
export function symptomsFor(surfaces: readonly Surface[]): readonly string[] {
  return FACT_VALUES.symptom.filter((s) => surfaces.some((surface) => (surface === 'api') === isApiSymptom(s)));
}

export function factView(facts: Facts): FactView {
  const surfaces = possibleSurfaces(facts);
  const isAskable = (fact: AskedFactId): boolean => surfaces.some((s) => ASKABLE_FACTS[s].includes(fact));
  const isMissing = (fact: FactId): boolean => facts[fact] === undefined || facts[fact] === 'not_tried';

  const possible = (fact: FactId): readonly string[] => {
    if (fact === 'status') return [facts.status ?? 'unknown'];
    if (fact === 'crowd') return [facts.crowd ?? 'none'];
    if (fact === 'surface') return surfaces;
    const value = facts[fact];
    if (!isMissing(fact) && value !== undefined) return [value]; // given values are used as given
    if (!isAskable(fact)) return []; // can never be asked for this surface: definitely absent
    if (fact === 'symptom') return symptomsFor(surfaces);
    return FACT_VALUES[fact];
  };

  return { surfaces, possible, isAskable, isMissing };
}

function possibleSurfaces(facts: Facts): readonly Surface[] {
  if (facts.surface) return [facts.surface];
  if (facts.symptom) return isApiSymptom(facts.symptom) ? ['api'] : ALL_SURFACES.filter((s) => s !== 'api');
  return ALL_SURFACES;
}
