export const ITEM_STATUSES = ['submitted', 'accepted', 'in_progress', 'replied', 'closed', 'withdrawn'] as const
export type ItemStatus = (typeof ITEM_STATUSES)[number]

export const STATUS_LABELS: Record<ItemStatus, string> = {
  submitted: '已登记',
  accepted: '已受理',
  in_progress: '办理中',
  replied: '已答复',
  closed: '已办结',
  withdrawn: '已撤回',
}
