import { useCallback, useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import PageShell from '../../components/PageShell'
import { InlineAlert } from '../../components/States'
import { lastPoint } from '../../lib/lastPoint'
import { readParam } from '../../lib/params'
import ChosenPoint from './ChosenPoint'
import PointList from './PointList'
import './index.scss'

type Shown = { kind: 'point'; code: string; from: 'scene' | 'memory' | 'list' } | { kind: 'list'; notice?: string }

function initialView(scene: string | null): Shown {
  if (scene) return { kind: 'point', code: scene, from: 'scene' }
  const remembered = lastPoint.get()
  return remembered ? { kind: 'point', code: remembered, from: 'memory' } : { kind: 'list' }
}

/**
 * H5: a changed `scene` in the address (#/pages/index/index?scene=xd02) opens that point
 * without a reload; Taro keeps the tab page and its first parameters.
 */
function useHashScene(show: (s: Shown) => void) {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return
    const onHash = () => {
      const [path, query = ''] = window.location.hash.replace(/^#/, '').split('?')
      if (path !== '/pages/index/index' && path !== 'pages/index/index') return
      const code = readParam(new URLSearchParams(query).get('scene') ?? undefined)
      if (code) show({ kind: 'point', code, from: 'scene' })
    }
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [show])
}

/** 首页: the talk point from the QR code (or the one chosen last), else the list to choose from. */
export default function IndexPage() {
  // The QR code's scene is the point code (decodeURIComponent(params.scene)).
  const scene = readParam(useRouter().params.scene)
  const [shown, setShown] = useState<Shown>(() => initialView(scene))

  // Another code scanned while this page is open: show that point.
  useEffect(() => {
    if (scene) setShown((s) => (s.kind === 'point' && s.code === scene ? s : { kind: 'point', code: scene, from: 'scene' }))
  }, [scene])
  useHashScene(setShown)

  const pick = useCallback((code: string) => setShown({ kind: 'point', code, from: 'list' }), [])
  const remember = useCallback((code: string) => lastPoint.set(code), [])
  const unknown = useCallback(() => {
    setShown((current) => {
      if (current.kind !== 'point') return current
      if (current.from === 'memory') lastPoint.forget()
      const notice =
        current.from === 'scene'
          ? '没有找到这个二维码对应的说事点，请从下面选择您所在的说事点。'
          : '这个说事点暂时无法使用，请重新选择。'
      return { kind: 'list', notice }
    })
  }, [])

  return (
    <PageShell className='index-page'>
      {shown.kind === 'point' ? (
        <ChosenPoint
          code={shown.code}
          onFound={remember}
          onUnknown={unknown}
          onChange={() => setShown({ kind: 'list' })}
        />
      ) : (
        <>
          {shown.notice ? <InlineAlert message={shown.notice} testId='point-notice' /> : null}
          <PointList onPick={pick} />
        </>
      )}
    </PageShell>
  )
}
