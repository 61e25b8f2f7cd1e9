import type { ItemFlags } from '../../../domain/matters/api'
import type { StaffRoleName } from '../../../domain/points/schemas'

export const ROLE_LABELS: Record<StaffRoleName, string> = {
  cadre: '干部',
  leader: '领导',
  admin: '管理员',
  deputy: '代表',
  representative: '居民代表',
  department: '部门工作人员',
  committee: '上级党委联系人',
  liaison: '工作室联络员',
}

export const rolesText = (roles: StaffRoleName[]) => roles.map((r) => ROLE_LABELS[r]).join('、') || '无'

/** The flags in the order a cadre should read them, with their words and tone. */
export const FLAG_ORDER: { key: keyof ItemFlags; label: string; tone: 'danger' | 'warn' | 'info' }[] = [
  { key: 'overdue', label: '已逾期', tone: 'danger' },
  { key: 'lateAcceptance', label: '超24小时未受理', tone: 'danger' },
  { key: 'supervision', label: '督办', tone: 'danger' },
  { key: 'dueSoon', label: '即将到期', tone: 'warn' },
  { key: 'followUp', label: '回访', tone: 'warn' },
  { key: 'extensionPending', label: '待审批延期', tone: 'warn' },
  { key: 'contentReview', label: '内容待复核', tone: 'warn' },
  { key: 'extended', label: '已延期', tone: 'info' },
]
