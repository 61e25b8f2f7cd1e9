import EntryLink from './EntryLink'

/** The way into 数字 (leaders and admins): a period's figures and the matters behind them. */
export default function FiguresEntry() {
  return <EntryLink title='数字' sub='响应率、按期办结率、满意率……' url='/staff/pages/figures/index' testId='figures-entry' />
}
