/**
 * The few WeChat server APIs the deploy's tools call: a stable access token (it does not
 * cut off tokens other servers hold) and the subscription-template APIs (wxaapi/newtmpl).
 * WECHAT_API_BASE points them at a local fake in tests.
 */
import { DeployError } from './environments'

export class WechatApi {
  private token = ''

  constructor(
    private readonly appid: string,
    private readonly secret: string,
    private readonly base = process.env.WECHAT_API_BASE || 'https://api.weixin.qq.com',
  ) {}

  private async json(path: string, init?: RequestInit): Promise<Record<string, unknown>> {
    const res = await fetch(`${this.base}${path}`, init).catch((e: Error) => {
      throw new DeployError(`连不上微信接口 ${this.base}：${e.message}`)
    })
    const body = (await res.json()) as Record<string, unknown>
    const code = Number(body.errcode ?? 0)
    if (code !== 0) {
      const hint = code === 40125 || code === 40013 ? '：请核对 AppID 和 WEAPP_APPSECRET' : code === 40164 ? '：请把本机 IP 加进小程序后台的 IP 白名单' : ''
      throw new DeployError(`微信接口 ${path.split('?')[0]} 报错 ${code} ${String(body.errmsg ?? '')}${hint}`)
    }
    return body
  }

  private async accessToken(): Promise<string> {
    if (!this.token) {
      const body = await this.json('/cgi-bin/stable_token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credential', appid: this.appid, secret: this.secret }),
      })
      this.token = String(body.access_token)
    }
    return this.token
  }

  async get(path: string, query: Record<string, string | number> = {}) {
    const q = new URLSearchParams({ access_token: await this.accessToken(), ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])) })
    return this.json(`${path}?${q}`)
  }

  async post(path: string, body: object) {
    const q = new URLSearchParams({ access_token: await this.accessToken() })
    return this.json(`${path}?${q}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  }
}
