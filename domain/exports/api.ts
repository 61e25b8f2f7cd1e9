/** A leader's exports: the matters of a period as CSV for Excel and WPS. */

/** The columns of the export, in order (the source's registration and handling forms). */
export const EXPORT_COLUMNS = [
  '登记编号',
  '登记时间',
  '说事点',
  '来源',
  '分类',
  '诉求内容',
  '姓名',
  '电话',
  '地址',
  '工作单位',
  '状态',
  '负责干部',
  '受理时间',
  '办理方式',
  '紧要程度',
  '办理期限',
  '延期次数',
  '上报部门',
  '答复时间',
  '答复内容',
  '办理单位',
  '评价',
  '是否解决',
  '评议意见',
  '办结时间',
] as const

export type ExportColumn = (typeof EXPORT_COLUMNS)[number]

/** The longest period one export covers, in days (a year, leap years included). */
export const MAX_EXPORT_DAYS = 366
/** The most matters one export holds; a longer period is refused with a clear message. */
export const MAX_EXPORT_ROWS = 5000

export interface ExportFile {
  fileID: string
  /** a temporary URL to download it; it expires soon */
  url: string
  /** how many matters it holds */
  rows: number
  /** whether names, phones and addresses are in full */
  unmasked: boolean
}

export interface ExportResponses {
  'exports.items': ExportFile
}
