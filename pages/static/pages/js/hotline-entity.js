/* The hotline element of the rich text toolbar (see pages/rich_text.py). The button
   inserts the hotline as one immutable entity over a short label; the stored text keeps
   no number, and the page shows the Help line's live number in its place. */
(function () {
  var React = window.React;
  var DraftJS = window.DraftJS;

  function HotlineSource(props) {
    React.useEffect(function () {
      var editorState = props.editorState;
      var content = editorState.getCurrentContent();
      var withEntity = content.createEntity(props.entityType.type, "IMMUTABLE", {});
      var entityKey = withEntity.getLastCreatedEntityKey();
      var next = DraftJS.Modifier.replaceText(
        withEntity,
        editorState.getSelection(),
        props.entityType.description,
        null,
        entityKey
      );
      props.onComplete(DraftJS.EditorState.push(editorState, next, "insert-characters"));
    }, []);
    return null;
  }

  function Hotline(props) {
    return React.createElement(
      "span",
      { className: "idp-hotline-entity", "data-hotline-entity": "" },
      props.children
    );
  }

  window.draftail.registerPlugin(
    { type: "HOTLINE", source: HotlineSource, decorator: Hotline },
    "entityTypes"
  );
})();
