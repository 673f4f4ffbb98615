import { Kind, getArgumentValues, isObjectType, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ARTICLE_FIELDS, ENTITY_FIELDS, type EntityShape, type EvidenceShape, type ProgramShape, type RelationShape } from '../repo/shapes';
import type { PageArgs } from '../repo/reader';
import { evidencePageArgs } from './pagination';

/**
 * Look-ahead into the client's selection, so that each Cypher query projects only what the client
 * asked for (a relation's evidence, an entity's mention count...). Aliases and fragments are merged.
 */
export class Selection {
  private constructor(
    private readonly info: GraphQLResolveInfo,
    private readonly nodes: readonly FieldNode[],
  ) {}

  static of(info: GraphQLResolveInfo): Selection {
    return new Selection(info, info.fieldNodes);
  }

  private static shapes = new WeakMap<FieldNode, Map<string, unknown>>();

  /**
   * `derive(this)`, computed once per field of a parsed document and `key`: shapes depend on the
   * document only (not on variables), and Apollo hands back the same parsed document for the same
   * query text. A field merged from several nodes is derived every time.
   */
  memo<T>(key: string, derive: (s: Selection) => T): T {
    const node = this.nodes.length === 1 ? this.nodes[0]! : null;
    if (!node) return derive(this);
    // Shapes carry argument values (evidence pages), which may come from the variables.
    const k = this.info.operation.variableDefinitions?.length ? `${key}\u0000${JSON.stringify(this.info.variableValues)}` : key;
    let byKey = Selection.shapes.get(node);
    if (!byKey) Selection.shapes.set(node, (byKey = new Map<string, unknown>()));
    if (!byKey.has(k)) {
      if (byKey.size >= 64) byKey.clear();
      byKey.set(k, derive(this));
    }
    return byKey.get(k) as T;
  }

  /** `memo` on the selection of the field being resolved. */
  static shape<T>(info: GraphQLResolveInfo, key: string, derive: (s: Selection) => T): T {
    return Selection.of(info).memo(key, derive);
  }

  /** The selection of the sub-field `name` (through `path`), empty when it is not asked for. */
  at(...path: string[]): Selection {
    let nodes = this.nodes;
    for (const name of path) nodes = nodes.flatMap((n) => this.fields(n.selectionSet).filter((f) => f.name.value === name));
    return new Selection(this.info, nodes);
  }

  /** The single occurrence of sub-field `name` with its argument values, or null when it is absent or asked several times. */
  only(name: string, parent: string): { selection: Selection; args: Record<string, unknown> } | null {
    const nodes = this.nodes.flatMap((n) => this.fields(n.selectionSet).filter((f) => f.name.value === name));
    const type = this.info.schema.getType(parent);
    if (nodes.length !== 1 || !isObjectType(type)) return null;
    const field = type.getFields()[name];
    if (!field) return null;
    return { selection: new Selection(this.info, nodes), args: getArgumentValues(field, nodes[0]!, this.info.variableValues) };
  }

  get asked(): boolean {
    return this.nodes.length > 0;
  }

  has(name: string): boolean {
    return this.at(name).asked;
  }

  private fields(set: SelectionSetNode | undefined): FieldNode[] {
    if (!set) return [];
    return set.selections.flatMap((s) => {
      if (s.kind === Kind.FIELD) return [s];
      if (s.kind === Kind.INLINE_FRAGMENT) return this.fields(s.selectionSet);
      const fragment = this.info.fragments[s.name.value];
      return fragment ? this.fields(fragment.selectionSet) : [];
    });
  }

  entity(): EntityShape {
    // Fields that load more by the entity's id need it even when the client did not ask for it.
    const needsId = ['id', 'relations', 'timeline', 'chipProgram', 'articles'].some((f) => this.has(f));
    return { fields: ENTITY_FIELDS.filter((f) => (f === 'id' ? needsId : this.has(f))), mentionCount: this.has('mentionCount') };
  }

  relation(): RelationShape {
    const side = (name: string) => (this.has(name) ? this.at(name).entity() : null);
    return { subject: side('subject'), object: side('object'), evidence: this.evidencePage('Relation') };
  }

  /**
   * The evidence page to project with a fact or program: when `evidence` is asked once, with valid
   * arguments. Otherwise its own resolver loads it (and reports bad arguments).
   */
  private evidencePage(parent: 'Relation' | 'ChipProgram'): EvidenceShape | null {
    const ev = this.only('evidence', parent);
    if (!ev) return null;
    let page: PageArgs;
    try {
      page = evidencePageArgs(ev.args);
    } catch {
      return null;
    }
    return { fields: ev.selection.at('edges', 'node', 'article').articleFields(), first: page.first, after: page.after };
  }

  /** The stored article properties asked for (`text` is loaded separately, by id). */
  articleFields(): string[] {
    return ARTICLE_FIELDS.filter((f) => f === 'id' || this.has(f));
  }

  program(): ProgramShape {
    const list = (name: string) => (this.has(name) ? this.at(name).entity() : null);
    return {
      owner: this.at('owner').entity(),
      chips: list('chips'),
      partners: list('partners'),
      status: this.has('status'),
      since: this.has('since'),
      evidence: this.evidencePage('ChipProgram'),
    };
  }
}
