import { useCallback, useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { QrCodeView } from '../../../../domain/points/api'
import type { ClientError } from '../../../api/result'
import { callStaff } from '../../../api/staff'
import PageShell from '../../../components/PageShell'
import { ErrorState, LoadingState } from '../../../components/States'
import { readParam } from '../../../lib/params'
import { isAdmin, loadMe } from '../../lib/me'
import { saveImageToAlbum } from '../../lib/saveToAlbum'
import Poster, { type PointWithPhone } from './Poster'
import '../../components/staff.scss'
import './index.scss'

type Loaded = { status: 'loading' } | { status: 'error'; error: ClientError } | { status: 'ready'; point: PointWithPhone; code: QrCodeView }

const NO_POINT: ClientError = { code: 'NOT_FOUND', message: '没有找到这个说事点' }

/** The point's details: among my points, or (admins) among all of them. */
async function findPoint(code: string): Promise<{ ok: true; point: PointWithPhone } | { ok: false; error: ClientError }> {
  const me = await loadMe()
  if (!me.ok) return { ok: false, error: me.error }
  const mine = me.data.pointsDetail.find((p) => p.code === code)
  if (mine) return { ok: true, point: mine }
  if (!isAdmin(me.data)) return { ok: false, error: NO_POINT }
  const all = await callStaff({ action: 'routing.list' })
  if (!all.ok) return { ok: false, error: all.error }
  const found = all.data.points.find((p) => p.code === code)
  return found ? { ok: true, point: found } : { ok: false, error: NO_POINT }
}

/** Saving the image: one tap to the album in the mini-program; a download and a print in H5. */
function Actions({ point, url }: { point: PointWithPhone; url: string }) {
  const [saving, setSaving] = useState(false)
  if (process.env.TARO_ENV === 'h5') {
    return (
      <View className='qr-actions' data-testid='qrcode-actions'>
        <a className='qr-actions__link' href={url} download={`${point.code}-小程序码.png`} data-testid='qrcode-download'>
          下载小程序码图片
        </a>
        <Button size='large' block data-testid='qrcode-print' onClick={() => window.print()}>
          打印海报
        </Button>
        <View className='sf-muted qr-actions__tip'>打印时只印上面的海报，按钮和菜单不会印出来。</View>
      </View>
    )
  }
  const save = async () => {
    if (saving) return
    setSaving(true)
    await saveImageToAlbum(url)
    setSaving(false)
  }
  return (
    <View className='qr-actions' data-testid='qrcode-actions'>
      <Button type='primary' size='xlarge' block loading={saving} disabled={saving} data-testid='qrcode-save' onClick={() => void save()}>
        {saving ? '正在保存…' : '保存到相册'}
      </Button>
      <View className='sf-muted qr-actions__tip'>保存后可以发给打印店，或截图本页作为海报打印，贴在说事点门口。</View>
    </View>
  )
}

/** 说事点小程序码 (?code=): the point's code, shown large as a printable poster, and saved in one tap. */
export default function QrCodePage() {
  const code = readParam(useRouter().params.code)
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })

  const load = useCallback(async () => {
    if (!code) return setLoaded({ status: 'error', error: NO_POINT })
    setLoaded({ status: 'loading' })
    const [point, qr] = await Promise.all([findPoint(code), callStaff({ action: 'points.qrcode', code })])
    if (!qr.ok) return setLoaded({ status: 'error', error: qr.error })
    if (!point.ok) return setLoaded({ status: 'error', error: point.error })
    setLoaded({ status: 'ready', point: point.point, code: qr.data })
  }, [code])

  useEffect(() => void load(), [load])

  useEffect(() => {
    if (loaded.status === 'ready') void Taro.setNavigationBarTitle({ title: `${loaded.point.name} 小程序码` }).catch(() => undefined)
  }, [loaded])

  let body
  if (loaded.status === 'loading') body = <LoadingState text='正在生成小程序码…' />
  else if (loaded.status === 'error') {
    const title = loaded.error.code === 'FORBIDDEN' ? '无法获取小程序码' : undefined
    body = <ErrorState error={loaded.error} title={title} onRetry={() => void load()} />
  } else
    body = (
      <>
        <Poster point={loaded.point} url={loaded.code.url} />
        <Actions point={loaded.point} url={loaded.code.url} />
      </>
    )
  return <PageShell className='qrcode-page'>{body}</PageShell>
}
