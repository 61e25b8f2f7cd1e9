// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// NutUI components and their CSS are imported one by one (smaller weapp package than dist/style.css).
const nutuiPackage = (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  plugins: [
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        libraryDirectory: 'dist/es/packages',
        camel2DashComponentName: false,
        customName: (name) => nutuiPackage(name),
        // `style` as a function receives the resolved package path (customName's answer).
        style: (packagePath) => `${packagePath}/style/css`,
      },
      'nutui-react-taro',
    ],
  ],
}
