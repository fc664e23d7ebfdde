import { IsString, Matches } from 'class-validator';

/**
 * The `http` interface's application databag: where clients reach the site.
 * Both sides of the relation share this class; we write it, proxies read it.
 */
export class WebsiteAppData {
  @IsString() @Matches(/^https?:\/\/[^\s/]+(:\d+)?(\/.*)?$/)
  url!: string;
}
