import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { OrgNodeView } from '../../../../domain/orgs/api'
import { orgEventSchemas, type OrgChange } from '../../../../domain/orgs/schemas'
import { childLevel, ORG_LEVEL_LABELS, parentLevel } from '../../../../domain/orgs/tree'
import { callStaff } from '../../../api/staff'
import NodePicker from '../../components/NodePicker'
import SubmitBar from '../../components/SubmitBar'
import TextInput from '../../components/TextInput'
import { orgRows, parentsFor } from '../../lib/org-rows'
import { useSubmit } from '../../lib/useSubmit'

const TITLES: Record<OrgChange, string> = { add: '添加下级', rename: '改名', move: '移到别的上级', retire: '撤销' }

interface Props {
  op: OrgChange
  /** add: the parent (null: a new county); otherwise the node changed */
  node: OrgNodeView | null
  nodes: readonly OrgNodeView[]
  onDone: () => void
  onCancel: () => void
}

/** One change to the tree: add a child, rename, move under another parent (picked), retire. */
export default function NodeForm({ op, node, nodes, onDone, onCancel }: Props) {
  const [name, setName] = useState(op === 'rename' ? (node?.name ?? '') : '')
  const [code, setCode] = useState('')
  const [parent, setParent] = useState<string | null>(null)
  const level = op === 'add' ? (node ? childLevel(node.level) : 'county') : (node?.level ?? null)
  const input =
    op === 'add'
      ? { action: 'orgs.save', op, code, name, level: level ?? undefined, parent: node?.code ?? null }
      : op === 'rename'
        ? { action: 'orgs.save', op, code: node?.code, name }
        : op === 'move'
          ? { action: 'orgs.save', op, code: node?.code, parent: parent ?? undefined }
          : { action: 'orgs.save', op, code: node?.code }
  const form = useSubmit({ schema: orgEventSchemas['orgs.save'], input })

  const send = async () => {
    const done = await form.submit(orgEventSchemas['orgs.save'], input, (event) => callStaff(event))
    if (done) onDone()
  }

  const choices = node ? parentsFor(nodes, node.level).filter((p) => p.code !== node.parent) : []
  return (
    <View className='card' data-testid={`org-form-${op}`}>
      <View className='sf-card-title'>
        {TITLES[op]}
        {node ? `：${node.name}` : '：新的区/县'}
      </View>
      {op === 'add' && level ? <Text className='sf-muted'>新节点是{ORG_LEVEL_LABELS[level]}。</Text> : null}
      {op === 'add' || op === 'rename' ? (
        <TextInput label='名称' testId='org-name' placeholder='如：桃源村、城南街道' maxLength={30} value={name} error={form.fields.name} onChange={setName} />
      ) : null}
      {op === 'add' ? (
        <TextInput
          label='编号'
          testId='org-code'
          placeholder={node ? `如：${node.code}-1` : '如：QX'}
          hint='大写字母、数字和“-”，以字母开头；定下后不再改'
          maxLength={20}
          value={code}
          error={form.fields.code}
          onChange={setCode}
        />
      ) : null}
      {op === 'move' ? (
        <NodePicker
          label={`移到哪个${ORG_LEVEL_LABELS[(node && parentLevel(node.level)) ?? 'county']}下面`}
          rows={orgRows(choices, new Map()).filter((r) => r.kind === 'node').map((r) => ({ ...r, depth: 0 }))}
          value={parent}
          testPrefix='pick-parent'
          error={form.fields.parent}
          onChange={setParent}
        />
      ) : null}
      {op === 'retire' ? <Text className='sf-muted'>撤销后它不再出现在组织架构里。下面还有在用的下级或说事点时不能撤销。</Text> : null}
      <SubmitBar label={op === 'retire' ? '确认撤销' : '保存'} busy={form.busy} error={form.error} onSubmit={send} onCancel={onCancel} />
    </View>
  )
}
