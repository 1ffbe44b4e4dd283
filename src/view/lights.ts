// The scene's lights: a warm hemisphere light, a key light that rides with the camera (so the
// side students look at is always lit), a cool fill, a rim from behind and a little ambient.
// The colour profile sets the hemisphere and key intensities.

import { AmbientLight, DirectionalLight, HemisphereLight, type Light, type Object3D } from 'three';

export class SceneLights {
  private readonly hemi = new HemisphereLight(0xfff4e4, 0x3c3630, 1.25);
  private readonly key = new DirectionalLight(0xffffff, 2.1);
  private readonly others: Light[];

  /** Adds the lights to `scene`, the key light to `camera` (which the caller adds to the scene). */
  constructor(scene: Object3D, camera: Object3D) {
    this.key.position.set(-1.2, 1.6, 1);
    const fill = new DirectionalLight(0xd8e4ff, 0.6);
    fill.position.set(4, 1, 2);
    const rim = new DirectionalLight(0xfff0dd, 0.9);
    rim.position.set(0, 3, -5);
    const ambient = new AmbientLight(0xffffff, 0.12);
    this.others = [fill, rim, ambient];
    camera.add(this.key);
    scene.add(this.hemi, fill, rim, ambient);
  }

  setIntensities(hemi: number, key: number): void {
    this.hemi.intensity = hemi;
    this.key.intensity = key;
  }

  dispose(): void {
    for (const light of [this.hemi, this.key, ...this.others]) {
      light.removeFromParent();
      light.dispose();
    }
  }
}
