/**
 * A typed stand-in for the `obsidian` module (the npm package has types only):
 * just enough of Plugin, settings UI and editor to load the plugin in Node and
 * record what it registers. Every registered cleanup runs on unload.
 */
export class Notice {
  static shown: string[] = [];
  constructor(message: string) {
    Notice.shown.push(message);
  }
}

type Handler = (...args: unknown[]) => unknown;

export class Events {
  handlers = new Map<string, Handler[]>();
  on(name: string, fn: Handler) {
    const list = this.handlers.get(name) ?? [];
    list.push(fn);
    this.handlers.set(name, list);
    return { name, fn };
  }
  trigger(name: string, ...args: unknown[]) {
    for (const fn of this.handlers.get(name) ?? []) fn(...args);
  }
}

export class TFile {
  constructor(
    public path: string,
    public extension = 'md',
  ) {}
}

export class App {
  workspace = Object.assign(new Events(), {
    active: null as TFile | null,
    getActiveFile: () => this.workspace.active,
    getLeaf: () => ({ openFile: async (f: TFile) => void (this.workspace.active = f) }),
  });
  metadataCache = Object.assign(new Events(), {
    caches: new Map<string, { tags?: Array<{ tag: string }>; frontmatter?: Record<string, unknown> }>(),
    getFileCache: (f: TFile) => this.metadataCache.caches.get(f.path) ?? null,
  });
  files = new Map<string, string>();
  vault = {
    getAbstractFileByPath: (p: string) => (this.files.has(p) || [...this.files.keys()].some((k) => k.startsWith(`${p}/`)) ? new TFile(p) : null),
    createFolder: async (p: string) => void this.files.set(`${p}/.folder`, ''),
    create: async (p: string, text: string) => {
      this.files.set(p, text);
      return new TFile(p);
    },
  };
}

export class Component {
  cleanups: Array<() => unknown> = [];
  register(fn: () => unknown) {
    this.cleanups.push(fn);
  }
  registerEvent(_ref: unknown) {
    // the mock's event refs need no teardown
  }
  unload() {
    for (const fn of this.cleanups.splice(0)) fn();
  }
}

export class Plugin extends Component {
  commands: Array<{ id: string; name: string; callback?: () => unknown; editorCallback?: (...a: unknown[]) => unknown }> = [];
  extensions: unknown[] = [];
  settingTabs: PluginSettingTab[] = [];
  suggests: unknown[] = [];
  statusItems: Array<{ text: string; classes: string[]; setText(t: string): void; addClass(c: string): void }> = [];
  data: unknown = null;
  constructor(
    public app: App,
    public manifest: unknown = {},
  ) {
    super();
  }
  addCommand(c: Plugin['commands'][number]) {
    this.commands.push(c);
    return c;
  }
  registerEditorExtension(e: unknown) {
    this.extensions.push(e);
  }
  addSettingTab(t: PluginSettingTab) {
    this.settingTabs.push(t);
  }
  registerEditorSuggest(s: unknown) {
    this.suggests.push(s);
  }
  addStatusBarItem() {
    const item = { text: '', classes: [] as string[], setText(t: string) { item.text = t; }, addClass(c: string) { item.classes.push(c); } };
    this.statusItems.push(item);
    return item as unknown as HTMLElement;
  }
  async loadData() {
    return this.data;
  }
  async saveData(d: unknown) {
    this.data = JSON.parse(JSON.stringify(d));
  }
}

export class PluginSettingTab {
  containerEl = { empty() {}, children: [] as unknown[] };
  constructor(
    public app: App,
    public plugin: Plugin,
  ) {}
}

export class Setting {
  static created: string[] = [];
  constructor(_el: unknown) {}
  setName(n: string) {
    Setting.created.push(n);
    return this;
  }
  setDesc() {
    return this;
  }
  setHeading() {
    return this;
  }
  addText(cb: (t: unknown) => unknown) {
    const t = { setValue: () => t, onChange: () => t };
    cb(t);
    return this;
  }
  addTextArea(cb: (t: unknown) => unknown) {
    return this.addText(cb);
  }
  addDropdown(cb: (d: unknown) => unknown) {
    const d = { addOption: () => d, setValue: () => d, onChange: () => d };
    cb(d);
    return this;
  }
}

export class EditorSuggest<T> {
  context: unknown = null;
  constructor(public app: App) {}
  declare _t: T;
}

export const editorInfoField = { id: 'editorInfoField' };
export class MarkdownView {}
