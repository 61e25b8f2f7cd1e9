/** What every one-field text entry of a form takes, the residents' and the staff's alike. */
export interface TextEntryProps {
  label: string
  testId: string
  value: string
  error?: string
  optional?: boolean
  /** what to write, in words (NutUI's own 请输入内容 says nothing) */
  placeholder: string
  maxLength?: number
  onChange: (value: string) => void
}
