import type { Data } from "@plinth/core";

/**
 * The lake, loaded on first use: the API touches S3 on two rare routes (a promotion's cancel, the
 * rows set aside), so its cold start need not load the S3 client (~190 KiB) — see functions/api.ts.
 */
export class LazyLakeStorage implements Data.LakeStorage {
  private loaded: Promise<Data.LakeStorage> | undefined;

  constructor(
    private readonly bucket: string,
    private readonly load: () => Promise<Data.LakeStorage>,
  ) {}

  private get lake(): Promise<Data.LakeStorage> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  uri(key: string): string {
    return `s3://${this.bucket}/${key}`;
  }
  async list(prefix: string) {
    return (await this.lake).list(prefix);
  }
  async download(key: string, path: string) {
    return (await this.lake).download(key, path);
  }
  async upload(path: string, key: string) {
    return (await this.lake).upload(path, key);
  }
  async put(key: string, body: string | Uint8Array) {
    return (await this.lake).put(key, body);
  }
  async removePrefix(prefix: string) {
    return (await this.lake).removePrefix(prefix);
  }
  async text(key: string) {
    return (await this.lake).text(key);
  }
}
