import { Kind, getArgumentValues, isObjectType, visit, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
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
  private static variables = new WeakMap<FieldNode, readonly string[]>();

  /**
   * The variables used anywhere under a field's selection (its fragments included): all a shape
   * derived from that selection can depend on besides the document.
   */
  private variablesUnder(node: FieldNode): readonly string[] {
    let names = Selection.variables.get(node);
    if (!names) {
      const found = new Set<string>();
      const fragments = new Set<string>();
      const collect = (set: SelectionSetNode | undefined) =>
        set &&
        visit(set, {
          Variable: (v) => void found.add(v.name.value),
          FragmentSpread: (f) => {
            if (fragments.has(f.name.value)) return;
            fragments.add(f.name.value);
            collect(this.info.fragments[f.name.value]?.selectionSet);
          },
        });
      collect(node.selectionSet);
      Selection.variables.set(node, (names = [...found].sort()));
    }
    return names;
  }

  /**
   * `derive(this)`, computed once per field of a parsed document, `key` and values of the variables
   * used under the field: shapes depend on nothing else, and Apollo hands back the same parsed
   * document for the same query text. A field merged from several nodes is derived every time.
   */
  memo<T>(key: string, derive: (s: Selection) => T): T {
    const node = this.nodes.length === 1 ? this.nodes[0]! : null;
    if (!node) return derive(this);
    // Shapes carry argument values (evidence pages), which may come from the variables; only those
    // under this field count (`entity(id: $id)` has one shape whatever the id).
    const names = this.variablesUnder(node);
    let k = key;
    if (names.length) {
      const values: Record<string, unknown> = {};
      for (const n of names) if (n in this.info.variableValues) values[n] = this.info.variableValues[n];
      k = `${key}\u0000${JSON.stringify(values)}`;
    }
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
