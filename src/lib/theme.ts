/**
 * Native dialogs (showModal) take a colour as a hex string, not a CSS variable: this is
 * --nutui-color-primary of src/app.scss, for their confirm button.
 */
export const PRIMARY_HEX = '#b71c1c'
