/**
 * The numbers a community may change, each with why it is what it is. Every rule and every
 * text that states one of them reads it from here, so changing a number here changes the
 * rule and its words together (booking/rules.ts bookingRulesText, matters/deadlines.ts
 * deadlineWords, …).
 *
 * Overrides:
 * - the visit quota per point: the admin sets it (visits.setQuota, stored in `settings` as
 *   `visit-quota-<point>`); a point without one uses DIARY.quota
 *   (cloudfunctions/diary/visit-records.ts);
 * - the submission limit per environment: the `resident` function's SUBMIT_LIMIT_PER_HOUR
 *   variable in CloudBase (deploy/environments.json), else RATE_LIMITS.submitPerHour
 *   (cloudfunctions/resident/handler.ts).
 * Everything else holds for every point alike.
 *
 * Not here: the shapes of input (text lengths, photos, list sizes) and the limits that keep
 * a request within CloudBase's bounds (page sizes, export rows): those are no community's choice.
 */

/** 约访: the rules shown to residents before they book (booking/rules.ts). */
export interface BookingRules {
  /** hours' notice a booking needs */
  noticeHours: number
  /** how many days ahead bookings open */
  aheadDays: number
  /** bookings a resident may hold at once, not yet begun */
  maxOpen: number
  /** slots a resident may book in one opening */
  perOpening: number
  /** cancelling online is free until this many hours before the start */
  cancelUntilHours: number
  /** this many 未到 within noShowWindowDays … */
  noShowLimit: number
  noShowWindowDays: number
  /** … and the resident waits this many days after the last one before booking again */
  noShowBanDays: number
}

export const BOOKING_RULES: BookingRules = {
  // the cadre on duty needs time to see who comes and read up on the matter
  noticeHours: 2,
  // a month's schedule is what a point plans; further out, openings are not yet certain
  aheadDays: 30,
  // enough for a follow-up while the first is pending, few enough that nobody hoards places
  maxOpen: 2,
  // places are few: one per opening lets more residents in
  perOpening: 1,
  // the same notice as booking: a place freed later can rarely be taken by someone else
  cancelUntilHours: 2,
  // twice missed in three months is a habit, not bad luck; a month's pause frees the places
  noShowLimit: 2,
  noShowWindowDays: 90,
  noShowBanDays: 30,
}

/** 上门走访 (booking/home-visits.ts). */
export const HOME_VISITS = {
  // the days a resident offers lie within the month a point plans
  preferredWithinDays: 30,
  // a cadre may set a visit up to two months out, for a busy season
  scheduleWithinDays: 60,
  // visits in daytime hours only, China time: nobody is called on at night
  earliest: '07:00',
  latest: '20:00',
  // a visit is planned for an hour: the booking ends then
  visitMinutes: 60,
} as const

/** 期限 of a matter (matters/deadlines.ts), from the source documents unless said otherwise. */
export const MATTER_DEADLINES = {
  // 一般诉求件: answered within 7 calendar days of acceptance
  normalDays: 7,
  // 重要诉求件: answered within a month
  importantMonths: 1,
  // a matter should be accepted within a day; later ones are flagged and count against 响应率
  acceptWithinHours: 24,
  // 即将到期: two days leave time to act
  dueSoonHours: 48,
  // a matter reopened after 不满意 is handled again within a week
  reopenDays: 7,
  // a reply not rated within two weeks closes as 未评价, so no matter stays open for ever
  ratingWindowDays: 14,
  // a cadre may move a deadline up to a month on their own; further needs a leader
  selfExtensionMonths: 1,
  // and never more than a year from today
  maxExtensionYears: 1,
} as const

/** What the timer reminds of, and when (messages/reminders.ts, booking/notices.ts). */
export const REMINDERS = {
  // 即将到期 to the cadre: a day before for 一般, three for 重要 (more work to finish)
  dueSoonBeforeDays: { normal: 1, important: 3 },
  // 已逾期 reaches the point's leaders a day after the deadline, to 督办
  leadersAfterOverdueDays: 1,
  // 评议提醒 three days after a reply still unrated, well inside the rating window
  ratingAfterDays: 3,
  // a booking's reminder goes out from 18:00 China time the day before: after work, not at night
  bookingHour: 18,
} as const

/** How often a point opens, each month (schedule/openings.ts monthWarnings), from the source documents. */
export const OPENINGS = {
  // a 说事点 opens at least four times a month: every week, 每周三 being 说事日
  talkPerMonth: 4,
  // a 两代表工作室 receives residents at least twice a month …
  studioPerMonth: 2,
  // … once of them collectively (集体接见)
  collectivePerMonth: 1,
} as const

/** 民情日记 (diary/visits.ts). */
export const DIARY = {
  // 走访 3–5 户 a month, the source documents' rule; a point's own quota overrides it
  quota: { min: 3, max: 5 },
  // a visit may be written up within a month: time for a busy week, never a rebuilt past
  backdateDays: 31,
} as const

/**
 * 挂点: how often a leader comes to their contact point each month, by level, from the
 * source documents (diary/leaders.ts). A village cadre's quota is DIARY.quota, in households.
 */
export const LEADER_VISITS = {
  // 市级领导: at least once a month, to keep in touch with the village their 挂点 is
  city: 1,
  // 县级领导: at least twice, so residents can count on one of two 说事日 a month
  county: 2,
  // 乡镇领导: at least three times, nearly every week, as close to the villages as they are
  township: 3,
} as const

/** 代理办事 (meetings/trips.ts). */
export const TRIPS = {
  // escalated matters are taken to the departments at least once a week
  intervalDays: 7,
} as const

/** 数字 (figures/figures.ts). */
export const FIGURES = {
  // under 10 matters a percentage misleads (one quick answer is 100%): show the count
  minSample: 10,
} as const

/** Per-openid limits on writes (cloudfunctions/kernel/rate-limit.ts). */
export const RATE_LIMITS = {
  // 登记 an hour: more than anyone with real matters writes; stops floods and scripts
  submitPerHour: 5,
  // 约访 a day: maxOpen with a cancel and rebook or two; stops slots being churned
  bookingsPerDay: 5,
  // 上门走访 requests a day: a resident asks once; a retry with the same request counts once
  homeVisitRequestsPerDay: 3,
  // wrong invite codes an hour: enough for typos, far too few to guess a code
  wrongInviteCodesPerHour: 10,
  // 违纪线索 an hour: a filer with something to report writes one or two; stops floods
  cluesPerHour: 3,
} as const

/** 邀请码 (cloudfunctions/points/invites.ts). */
export const INVITES = {
  // a week to pass the code on and use it; an unused code should not linger
  validDays: 7,
} as const

/** 两代表工作室 (domain/studio/). */
export const STUDIO = {
  // 评议 opinions are shown to the studio from 10 responses: fewer could tell who wrote what
  opinionsShownFrom: 10,
  // the liaison and leaders are told a short plan for next month from this many days before it
  warnDaysBefore: 7,
} as const
