/**
 * A throw-away certificate authority, made at test time: its certificate is trusted by the
 * child process through NODE_EXTRA_CA_CERTS, and it signs one leaf for
 * *.tencentcloudapi.com, so the real node-fetch in manager-node completes TLS with the fake.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import forge from 'node-forge'

export interface TestCa {
  caPem: string
  leafPem: string
  leafKeyPem: string
}

function keyPair() {
  // Node's own RSA keygen is fast; node-forge only builds and signs the certificates
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
  }
}

function certificate(subject: string, publicKey: forge.pki.PublicKey, days: number) {
  const cert = forge.pki.createCertificate()
  cert.publicKey = publicKey
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`
  cert.validity.notBefore = new Date(Date.now() - 60 * 60 * 1000)
  cert.validity.notAfter = new Date(Date.now() + days * 24 * 60 * 60 * 1000)
  cert.setSubject([{ name: 'commonName', value: subject }])
  return cert
}

export function makeTestCa(hosts = ['*.tencentcloudapi.com']): TestCa {
  const ca = keyPair()
  const caCert = certificate('shuoshi deploy test CA (throw-away)', ca.publicKey, 1)
  caCert.setIssuer(caCert.subject.attributes)
  caCert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ])
  caCert.sign(ca.privateKey, forge.md.sha256.create())

  const leaf = keyPair()
  const leafCert = certificate(hosts[0], leaf.publicKey, 1)
  leafCert.setIssuer(caCert.subject.attributes)
  leafCert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2, value })) },
  ])
  leafCert.sign(ca.privateKey, forge.md.sha256.create())
  return {
    caPem: forge.pki.certificateToPem(caCert),
    leafPem: forge.pki.certificateToPem(leafCert),
    leafKeyPem: forge.pki.privateKeyToPem(leaf.privateKey),
  }
}
