/** The words of sorting and handling (集中议事), with the labels people read. */

export const TRACKS = ['immediate', 'phased', 'local', 'escalate'] as const
export type Track = (typeof TRACKS)[number]
export const TRACK_LABELS: Record<Track, string> = {
  immediate: '立即办理',
  phased: '分步实施',
  local: '本级办理',
  escalate: '上报上级',
}

/** 议事层级: how big a matter is, and so which body decides it. */
export const TIERS = ['cadre', 'committee', 'council', 'assembly'] as const
export type Tier = (typeof TIERS)[number]
export const TIER_LABELS: Record<Tier, string> = {
  cadre: '一般（主要干部商议）',
  committee: '稍大（两委会研究）',
  council: '大（议事会议定）',
  assembly: '特大（村民会议表决）',
}
/** The body that decides a matter of this tier; 一般 needs none. */
export const DECIDING_BODY: Record<Tier, string | null> = {
  cadre: null,
  committee: '两委会',
  council: '议事会',
  assembly: '村民会议',
}

export const RATING_LEVELS = ['satisfied', 'basic', 'unsatisfied'] as const
export type RatingLevel = (typeof RATING_LEVELS)[number]
export const RATING_LABELS: Record<RatingLevel, string> = {
  satisfied: '满意',
  basic: '基本满意',
  unsatisfied: '不满意',
}

/** 工作台 tabs: the work to do, then every matter and the closed ones. */
export const QUEUE_TABS = ['pending', 'active', 'dueSoon', 'overdue', 'awaitingRating', 'closed', 'all'] as const
export type QueueTab = (typeof QUEUE_TABS)[number]
export const QUEUE_TAB_LABELS: Record<QueueTab, string> = {
  pending: '待受理',
  active: '办理中',
  dueSoon: '即将到期',
  overdue: '已逾期',
  awaitingRating: '待评议',
  closed: '已办结',
  all: '全部',
}
