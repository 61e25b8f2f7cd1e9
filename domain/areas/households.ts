/**
 * 包片: a point's areas (楼栋 / 村组 lists, each with its cadre) and the households in them.
 * Confidential like the diary (DESIGN §7): the area's cadre and the point's leaders only.
 * A household is recognised by its address normalised as the diary does (`householdKey`),
 * so a diary entry, a ledger line and a support plan all name the same home.
 */

/** The seed's 四清 flags: who needs knowing and help. */
export const HOUSEHOLD_FLAGS = ['hardship', 'dibao', 'disability', 'aloneElderly', 'migrant', 'keyPerson', 'activist'] as const
export type HouseholdFlag = (typeof HOUSEHOLD_FLAGS)[number]

export const HOUSEHOLD_FLAG_LABELS: Record<HouseholdFlag, string> = {
  hardship: '困难群众',
  dibao: '低保',
  disability: '残疾',
  aloneElderly: '独居老人',
  migrant: '流动人口',
  keyPerson: '重点人员',
  activist: '积极分子',
}

/** A household still lives in the area, or has moved out (kept for the ledger's history). */
export type HouseholdStatus = 'active' | 'movedOut'

/** What a household is, as stored and as shown (cloudfunctions/kernel/records-areas.ts, api.ts). No phone or ID number is ever kept. */
export interface HouseholdFacts {
  address: string
  /** the address normalised as the diary's `householdKey` */
  householdKey: string
  /** 户主 */
  head: string
  members: number
  flags: HouseholdFlag[]
  note: string
  status: HouseholdStatus
}

/** What the monthly ledger reports as changes: moved in or out, a flag set or cleared. */
export type HouseholdChange =
  | { kind: 'movedIn'; at: Date }
  | { kind: 'movedOut'; at: Date }
  | { kind: 'flagOn' | 'flagOff'; flag: HouseholdFlag; at: Date }

/** No figure about households is shown below this many (DESIGN §7: aggregates of 10 or more). */
export const HOUSEHOLD_AGGREGATE_MIN = 10

/** The flags set and cleared by an edit, as changes at `at` (in HOUSEHOLD_FLAGS order). */
export function flagChanges(before: readonly HouseholdFlag[], after: readonly HouseholdFlag[], at: Date): HouseholdChange[] {
  return HOUSEHOLD_FLAGS.flatMap((flag): HouseholdChange[] => {
    if (after.includes(flag) && !before.includes(flag)) return [{ kind: 'flagOn', flag, at }]
    if (before.includes(flag) && !after.includes(flag)) return [{ kind: 'flagOff', flag, at }]
    return []
  })
}

/** Flags kept in HOUSEHOLD_FLAGS order, so an edit that only reorders them changes nothing. */
export const orderedFlags = (flags: readonly HouseholdFlag[]) => HOUSEHOLD_FLAGS.filter((f) => flags.includes(f))

/**
 * A household added in its area's first month is the area's first census; one added in a
 * later month has moved in (what the ledger reports as 迁入). Months are China months (YYYY-MM).
 */
export const addedAsMoveIn = (areaMonth: string, addedMonth: string) => addedMonth > areaMonth
