/** What every hand-written demo matter starts with: its id, its registration number, and whose it is. */
export function matterHead(id: string, owner: string, no: string, month: string, seq: number) {
  return { _id: id, no, month, seq, requestId: `${id}-request`, ownerOpenid: owner }
}
