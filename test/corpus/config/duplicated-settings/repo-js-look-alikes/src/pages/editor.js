import CodeMirror from 'codemirror';

export function mounteditor(el) {
  return CodeMirror.fromTextArea(el, {
    lineNumbers: true,
    lineWrapping: true,
    mode: 'htmlmixed',
    theme: 'default',
  });
}
