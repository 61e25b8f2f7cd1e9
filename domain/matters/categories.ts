/** 诉求类别, as the registration form offers them. */
export const CATEGORIES = [
  '环境卫生',
  '邻里纠纷',
  '基础设施',
  '社会保障',
  '就业创业',
  '治安消防',
  '物业管理',
  '政策咨询',
  '意见建议',
  '其他',
] as const

export type Category = (typeof CATEGORIES)[number]
