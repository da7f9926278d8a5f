/** The size of an image, in pixels. */
export interface PixelSize {
  width: number;
  height: number;
}
